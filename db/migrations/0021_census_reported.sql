CREATE TABLE `census_diff_reasons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`difference` integer NOT NULL,
	`reason` text NOT NULL,
	`operator` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `census_diff_reasons_year_idx` ON `census_diff_reasons` (`year`,`id`);--> statement-breakpoint
CREATE TABLE `census_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`as_of` text NOT NULL,
	`source` text NOT NULL,
	`report` text NOT NULL,
	`counted` text NOT NULL,
	`made_at` text NOT NULL,
	`operator` text,
	CONSTRAINT "census_reports_source_ck" CHECK(source IN ('上报包', '封账'))
);
--> statement-breakpoint
CREATE INDEX `census_reports_year_idx` ON `census_reports` (`year`,`id`);--> statement-breakpoint
-- 年度封账 protects a member's facts and events dated in a closed year like its meetings and dues (docs/points.md).
-- A fact interval begun in a closed year while the member was on the roster here (or the roster interval itself),
-- a boundary moved into or out of a closed year, and an event dated in one (or correcting a date in one) are refused;
-- db/closedDay.ts names the year first on the ordinary paths.
CREATE TRIGGER `member_facts_closed_insert` BEFORE INSERT ON `member_facts` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.valid_from, 1, 4) AS INTEGER)) AND (NEW.fact = 'branch' OR EXISTS (SELECT 1 FROM member_facts b WHERE b.member_id = NEW.member_id AND b.fact = 'branch' AND b.valid_from <= NEW.valid_from AND (b.valid_to IS NULL OR b.valid_to > NEW.valid_from))) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `member_facts_closed_update` BEFORE UPDATE ON `member_facts` WHEN (NEW.valid_to IS NOT OLD.valid_to AND (EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.valid_to, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.valid_to, 1, 4) AS INTEGER)))) OR (NEW.valid_from IS NOT OLD.valid_from AND (EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.valid_from, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.valid_from, 1, 4) AS INTEGER)))) OR (NEW.value IS NOT OLD.value AND EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.valid_from, 1, 4) AS INTEGER))) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `member_facts_closed_delete` BEFORE DELETE ON `member_facts` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.valid_from, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.valid_to, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `member_events_closed_insert` BEFORE INSERT ON `member_events` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.occurred_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.old_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.new_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `member_events_closed_update` BEFORE UPDATE ON `member_events` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.occurred_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.occurred_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `member_events_closed_delete` BEFORE DELETE ON `member_events` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.occurred_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
