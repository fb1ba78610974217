CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`held_on` text NOT NULL,
	`theme` text NOT NULL,
	`category` text,
	`place` text,
	`organizer` text,
	`content` text,
	`public_rating` text,
	`demand_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`demand_id`) REFERENCES `demands`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `activities_held_idx` ON `activities` (`held_on`);--> statement-breakpoint
CREATE TABLE `activity_participants` (
	`activity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer NOT NULL,
	`hours` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`activity_id`, `kind`, `ref_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_participants_ref_idx` ON `activity_participants` (`kind`,`ref_id`);--> statement-breakpoint
CREATE TABLE `demand_steps` (
	`demand_id` integer NOT NULL,
	`step` text NOT NULL,
	`done_on` text NOT NULL,
	`done_by` text NOT NULL,
	`note` text,
	`onjob_id` integer,
	`created_at` text NOT NULL,
	PRIMARY KEY(`demand_id`, `step`),
	FOREIGN KEY (`demand_id`) REFERENCES `demands`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`onjob_id`) REFERENCES `onjob_members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `demands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`content` text,
	`requester` text,
	`requester_phone` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `onjob_evaluations` (
	`onjob_id` integer NOT NULL,
	`year` integer NOT NULL,
	`grade` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`onjob_id`, `year`),
	FOREIGN KEY (`onjob_id`) REFERENCES `onjob_members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `onjob_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`birth_date` text NOT NULL,
	`id_number` text NOT NULL,
	`phone` text,
	`work_unit` text,
	`unit_id` integer,
	`unit_party_org` text,
	`residence` text,
	`skills` text,
	`posts` text DEFAULT '[]' NOT NULL,
	`registered_on` text NOT NULL,
	`revoked_on` text,
	`revoke_reason` text,
	`member_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `onjob_id_number_uq` ON `onjob_members` (`id_number`);--> statement-breakpoint
CREATE INDEX `onjob_unit_idx` ON `onjob_members` (`unit_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`party_org_name` text,
	`category` text,
	`contact_name` text,
	`contact_phone` text,
	`registered_on` text NOT NULL,
	`agreement_signed_on` text,
	`agreement_content` text,
	`resources` text,
	`projects` text,
	`note` text,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
