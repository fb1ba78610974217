DROP INDEX `members_left_idx`;--> statement-breakpoint
CREATE INDEX `members_census_idx` ON `members` (`left_on`,`community_class`,`birth_date`,`joined_on`);--> statement-breakpoint
CREATE INDEX `meetings_make_up_idx` ON `meetings` (`make_up_for`) WHERE `make_up_for` IS NOT NULL;