DROP INDEX `point_entries_sums_idx`;--> statement-breakpoint
CREATE INDEX `point_entries_sums_idx` ON `point_entries` (`year`,`member_id`,`rule_id`,`source_kind`,`source_id`,`auto`,`points`,`occurred_on`,`reverses_id`);--> statement-breakpoint
CREATE INDEX `members_roster_idx` ON `members` (`left_on`,`branch_id`,`group_id`,`name`,`id_number`,`phone`);--> statement-breakpoint
CREATE INDEX `members_probation_idx` ON `members` (`category`) WHERE left_on IS NULL;--> statement-breakpoint
-- By hand (drizzle-kit cannot write an index on an expression); db/reminders.ts names it.
CREATE INDEX `members_birthday_idx` ON `members` (substr(`joined_on`, 6)) WHERE left_on IS NULL;
