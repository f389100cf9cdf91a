using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <summary>
    /// GOV-02 kept at full precision (an item's value, and a flag's copy of it, numeric without a scale); an unpublished
    /// criterion's weight share is null, not 0 (earlier runs' rows corrected); the DQI's components kept with each run; a
    /// revision records the first opening of its evidence by a reviewer (data quality: evidence reviewed).
    /// </summary>
    public partial class DataQualityAndPrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "value",
                table: "submission_flags",
                type: "numeric",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,6)",
                oldPrecision: 20,
                oldScale: 6);

            migrationBuilder.AddColumn<decimal>(
                name: "dqi_completeness",
                table: "score_runs",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "dqi_evidence_reviewed",
                table: "score_runs",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "dqi_first_pass_acceptance",
                table: "score_runs",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "dqi_items_without_open_flags",
                table: "score_runs",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "dqi_timeliness",
                table: "score_runs",
                type: "numeric",
                nullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "weight_share",
                table: "score_run_criteria",
                type: "numeric",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric");

            migrationBuilder.Sql("UPDATE score_run_criteria SET weight_share = NULL WHERE NOT published");

            migrationBuilder.AlterColumn<decimal>(
                name: "value",
                table: "revisions",
                type: "numeric",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,6)",
                oldPrecision: 20,
                oldScale: 6,
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "evidence_opened_at",
                table: "revisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "evidence_opened_by",
                table: "revisions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "dqi_completeness",
                table: "score_runs");

            migrationBuilder.DropColumn(
                name: "dqi_evidence_reviewed",
                table: "score_runs");

            migrationBuilder.DropColumn(
                name: "dqi_first_pass_acceptance",
                table: "score_runs");

            migrationBuilder.DropColumn(
                name: "dqi_items_without_open_flags",
                table: "score_runs");

            migrationBuilder.DropColumn(
                name: "dqi_timeliness",
                table: "score_runs");

            migrationBuilder.DropColumn(
                name: "evidence_opened_at",
                table: "revisions");

            migrationBuilder.DropColumn(
                name: "evidence_opened_by",
                table: "revisions");

            migrationBuilder.AlterColumn<decimal>(
                name: "value",
                table: "submission_flags",
                type: "numeric(20,6)",
                precision: 20,
                scale: 6,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric");

            migrationBuilder.Sql("UPDATE score_run_criteria SET weight_share = 0 WHERE weight_share IS NULL");

            migrationBuilder.AlterColumn<decimal>(
                name: "weight_share",
                table: "score_run_criteria",
                type: "numeric",
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "numeric",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "value",
                table: "revisions",
                type: "numeric(20,6)",
                precision: 20,
                scale: 6,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric",
                oldNullable: true);
        }
    }
}
