DROP INDEX `point_entries_year_member_idx`;--> statement-breakpoint
CREATE INDEX `point_entries_sums_idx` ON `point_entries` (`year`,`member_id`,`rule_id`,`points`,`reverses_id`);