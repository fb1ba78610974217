ALTER TABLE `meetings` ADD `voided_at` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `void_reason` text;