ALTER TABLE `street_communities` ADD `uid` text;--> statement-breakpoint
ALTER TABLE `street_communities` ADD `former_names` text;--> statement-breakpoint
ALTER TABLE `street_communities` ADD `access_code` text;--> statement-breakpoint
ALTER TABLE `street_communities` ADD `merged_into` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `street_communities_uid_uq` ON `street_communities` (`uid`);--> statement-breakpoint
ALTER TABLE `street_packages` ADD `voided_at` text;--> statement-breakpoint
ALTER TABLE `street_packages` ADD `void_reason` text;--> statement-breakpoint
ALTER TABLE `street_packages` ADD `bytes` blob;--> statement-breakpoint
ALTER TABLE `street_packages` ADD `signed` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `street_packages` ADD `moved_from` integer;