CREATE TABLE `attendance` (
	`meeting_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	PRIMARY KEY(`meeting_id`, `member_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `attendance_member_idx` ON `attendance` (`member_id`);--> statement-breakpoint
CREATE TABLE `meeting_exemptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`type` text NOT NULL,
	`year` integer,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meeting_exemptions_org_idx` ON `meeting_exemptions` (`org_id`);--> statement-breakpoint
CREATE TABLE `meeting_types` (
	`meeting_id` integer NOT NULL,
	`type` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `type`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_types_type_idx` ON `meeting_types` (`type`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`seq` integer,
	`planned_on` text,
	`held_on` text NOT NULL,
	`start_time` text,
	`duration_minutes` integer,
	`place` text,
	`host` text,
	`recorder` text,
	`lecturer` text,
	`lecture_title` text,
	`agenda` text,
	`content` text,
	`dissent` text,
	`resolution` text,
	`observers` text,
	`is_election` integer DEFAULT false NOT NULL,
	`make_up_for` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meetings_org_held_idx` ON `meetings` (`org_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `meetings_held_idx` ON `meetings` (`held_on`);