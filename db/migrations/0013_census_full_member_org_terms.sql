DROP INDEX `members_census_idx`;--> statement-breakpoint
CREATE INDEX `members_full_idx` ON `members` (`category`,`branch_id`,`joined_on`,`full_member_on`,`left_on`);--> statement-breakpoint
CREATE INDEX `members_census_idx` ON `members` (`left_on`,`community_class`,`birth_date`,`full_member_on`);--> statement-breakpoint
ALTER TABLE `orgs` ADD `elected_on` text;--> statement-breakpoint
ALTER TABLE `orgs` ADD `term_years` integer;--> statement-breakpoint
CREATE INDEX `member_events_kind_idx` ON `member_events` (`kind`,`occurred_on`,`member_id`);