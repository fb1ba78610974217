CREATE TABLE `appraisal_entries` (
	`appraisal_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`absent_reason` text,
	`self_result` text,
	`peer_result` text,
	`rating_result` text,
	`grade` text,
	`reason` text,
	`disposal` text,
	`disposal_note` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`appraisal_id`, `member_id`),
	FOREIGN KEY (`appraisal_id`) REFERENCES `appraisals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `appraisals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`org_id` integer NOT NULL,
	`held_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appraisals_year_org_uq` ON `appraisals` (`year`,`org_id`);--> statement-breakpoint
CREATE TABLE `closed_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`closed_at` text NOT NULL,
	`operator` text
);
--> statement-breakpoint
CREATE TABLE `point_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`member_id` integer NOT NULL,
	`rule_id` integer NOT NULL,
	`points` real NOT NULL,
	`occurred_on` text NOT NULL,
	`source_kind` text NOT NULL,
	`source_id` integer,
	`auto` integer NOT NULL,
	`reverses_id` integer,
	`reason` text,
	`operator` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`rule_id`) REFERENCES `point_rules`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reverses_id`) REFERENCES `point_entries`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `point_entries_year_member_idx` ON `point_entries` (`year`,`member_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `point_entries_reverses_uq` ON `point_entries` (`reverses_id`);--> statement-breakpoint
CREATE TABLE `point_exclusions` (
	`member_id` integer NOT NULL,
	`year` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`member_id`, `year`),
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `point_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`points` real NOT NULL,
	`per_hours` real,
	`cap` real,
	`source` text NOT NULL,
	`meeting_types` text,
	`applies_to` text DEFAULT '党员' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_rules_year_code_uq` ON `point_rules` (`year`,`code`);--> statement-breakpoint
CREATE TABLE `point_stars` (
	`year` integer NOT NULL,
	`stars` integer NOT NULL,
	`min_points` real NOT NULL,
	PRIMARY KEY(`year`, `stars`)
);
--> statement-breakpoint
CREATE TABLE `year_close_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`action` text NOT NULL,
	`reason` text,
	`operator` text,
	`at` text NOT NULL
);
