DROP INDEX `members_census_idx`;--> statement-breakpoint
CREATE INDEX `members_census_idx` ON `members` (`left_on`,`community_class`,`birth_date`,`full_member_on`);--> statement-breakpoint
ALTER TABLE `orgs` ADD `elected_on` text;--> statement-breakpoint
ALTER TABLE `orgs` ADD `term_years` integer;