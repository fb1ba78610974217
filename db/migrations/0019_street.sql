CREATE TABLE `street_communities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`contact` text,
	`phone` text,
	`note` text,
	`created_at` text NOT NULL,
	`closed_on` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `street_communities_name_uq` ON `street_communities` (`name`);--> statement-breakpoint
CREATE TABLE `street_packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`manifest` text NOT NULL,
	`data` text NOT NULL,
	`imported_at` text NOT NULL,
	`replaced_at` text,
	`replaced_by` integer,
	FOREIGN KEY (`community_id`) REFERENCES `street_communities`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "street_packages_quarter_ck" CHECK(quarter IS NULL OR quarter BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE INDEX `street_packages_period_idx` ON `street_packages` (`year`,`quarter`,`replaced_at`,`community_id`);--> statement-breakpoint
CREATE INDEX `street_packages_community_idx` ON `street_packages` (`community_id`,`year`,`quarter`);