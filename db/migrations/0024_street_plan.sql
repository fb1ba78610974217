CREATE TABLE `street_deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`due_on` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "street_deadlines_quarter_ck" CHECK(quarter BETWEEN 0 AND 4)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `street_deadlines_uq` ON `street_deadlines` (`year`,`quarter`);--> statement-breakpoint
CREATE TABLE `street_dev_quotas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`year` integer NOT NULL,
	`applied` integer NOT NULL,
	`activists` integer NOT NULL,
	`candidates` integer NOT NULL,
	`admitted` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `street_communities`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "street_dev_quotas_ck" CHECK(applied >= 0 AND activists >= 0 AND candidates >= 0 AND admitted >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `street_dev_quotas_uq` ON `street_dev_quotas` (`community_id`,`year`);--> statement-breakpoint
CREATE TABLE `street_dues_received` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`received_on` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`note` text,
	`corrects` integer,
	`created_at` text NOT NULL,
	`operator` text,
	FOREIGN KEY (`community_id`) REFERENCES `street_communities`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `street_dues_received_idx` ON `street_dues_received` (`community_id`,`received_on`);