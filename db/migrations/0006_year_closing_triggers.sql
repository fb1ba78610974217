-- 年度封账: every write touching a closed year is refused here, whatever code path makes it.
-- A later migration that rebuilds one of these tables must create its three triggers again
-- (tests/integration/points/closing.test.ts checks they exist).
CREATE TRIGGER `meetings_closed_insert` BEFORE INSERT ON `meetings` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.held_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meetings_closed_update` BEFORE UPDATE ON `meetings` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.held_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.held_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meetings_closed_delete` BEFORE DELETE ON `meetings` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.held_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_types_closed_insert` BEFORE INSERT ON `meeting_types` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_types_closed_update` BEFORE UPDATE ON `meeting_types` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_types_closed_delete` BEFORE DELETE ON `meeting_types` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `attendance_closed_insert` BEFORE INSERT ON `attendance` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `attendance_closed_update` BEFORE UPDATE ON `attendance` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `attendance_closed_delete` BEFORE DELETE ON `attendance` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_attachments_closed_insert` BEFORE INSERT ON `meeting_attachments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_attachments_closed_update` BEFORE UPDATE ON `meeting_attachments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_attachments_closed_delete` BEFORE DELETE ON `meeting_attachments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_exemptions_closed_insert` BEFORE INSERT ON `meeting_exemptions` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_exemptions_closed_update` BEFORE UPDATE ON `meeting_exemptions` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_exemptions_closed_delete` BEFORE DELETE ON `meeting_exemptions` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activities_closed_insert` BEFORE INSERT ON `activities` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.held_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activities_closed_update` BEFORE UPDATE ON `activities` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.held_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.held_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activities_closed_delete` BEFORE DELETE ON `activities` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.held_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activity_participants_closed_insert` BEFORE INSERT ON `activity_participants` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = NEW.activity_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activity_participants_closed_update` BEFORE UPDATE ON `activity_participants` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = OLD.activity_id)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = NEW.activity_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activity_participants_closed_delete` BEFORE DELETE ON `activity_participants` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = OLD.activity_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activity_attachments_closed_insert` BEFORE INSERT ON `activity_attachments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = NEW.activity_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activity_attachments_closed_update` BEFORE UPDATE ON `activity_attachments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = OLD.activity_id)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = NEW.activity_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `activity_attachments_closed_delete` BEFORE DELETE ON `activity_attachments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE id = OLD.activity_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `demand_steps_closed_insert` BEFORE INSERT ON `demand_steps` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.done_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `demand_steps_closed_update` BEFORE UPDATE ON `demand_steps` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.done_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.done_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `demand_steps_closed_delete` BEFORE DELETE ON `demand_steps` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.done_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `onjob_evaluations_closed_insert` BEFORE INSERT ON `onjob_evaluations` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `onjob_evaluations_closed_update` BEFORE UPDATE ON `onjob_evaluations` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `onjob_evaluations_closed_delete` BEFORE DELETE ON `onjob_evaluations` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_rules_closed_insert` BEFORE INSERT ON `point_rules` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_rules_closed_update` BEFORE UPDATE ON `point_rules` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_rules_closed_delete` BEFORE DELETE ON `point_rules` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_stars_closed_insert` BEFORE INSERT ON `point_stars` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_stars_closed_update` BEFORE UPDATE ON `point_stars` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_stars_closed_delete` BEFORE DELETE ON `point_stars` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_entries_closed_insert` BEFORE INSERT ON `point_entries` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_entries_closed_update` BEFORE UPDATE ON `point_entries` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_entries_closed_delete` BEFORE DELETE ON `point_entries` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_exclusions_closed_insert` BEFORE INSERT ON `point_exclusions` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_exclusions_closed_update` BEFORE UPDATE ON `point_exclusions` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `point_exclusions_closed_delete` BEFORE DELETE ON `point_exclusions` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_closed_insert` BEFORE INSERT ON `appraisals` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_closed_update` BEFORE UPDATE ON `appraisals` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_closed_delete` BEFORE DELETE ON `appraisals` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `appraisal_entries_closed_insert` BEFORE INSERT ON `appraisal_entries` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT year FROM appraisals WHERE id = NEW.appraisal_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `appraisal_entries_closed_update` BEFORE UPDATE ON `appraisal_entries` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT year FROM appraisals WHERE id = OLD.appraisal_id)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT year FROM appraisals WHERE id = NEW.appraisal_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `appraisal_entries_closed_delete` BEFORE DELETE ON `appraisal_entries` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT year FROM appraisals WHERE id = OLD.appraisal_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
