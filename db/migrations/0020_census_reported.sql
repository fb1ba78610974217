CREATE TABLE `census_diff_reasons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`difference` integer NOT NULL,
	`reason` text NOT NULL,
	`operator` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `census_diff_reasons_year_idx` ON `census_diff_reasons` (`year`,`id`);--> statement-breakpoint
CREATE TABLE `census_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`as_of` text NOT NULL,
	`source` text NOT NULL,
	`report` text NOT NULL,
	`counted` text NOT NULL,
	`made_at` text NOT NULL,
	`operator` text,
	CONSTRAINT "census_reports_source_ck" CHECK(source IN ('上报包', '封账'))
);
--> statement-breakpoint
CREATE INDEX `census_reports_year_idx` ON `census_reports` (`year`,`id`);