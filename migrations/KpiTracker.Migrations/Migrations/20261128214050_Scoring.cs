using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Scoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "score_requests",
                columns: table => new
                {
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_unit_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_requests", x => new { x.cycle_id, x.org_unit_code });
                    table.ForeignKey(
                        name: "fk_score_requests_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    org_unit_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    edition_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    engine_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    input_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    is_latest = table.Column<bool>(type: "boolean", nullable: false),
                    overall = table.Column<decimal>(type: "numeric", nullable: true),
                    published_overall = table.Column<decimal>(type: "numeric", nullable: true),
                    band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    coverage = table.Column<decimal>(type: "numeric", nullable: true),
                    insufficient_data = table.Column<bool>(type: "boolean", nullable: false),
                    value_count = table.Column<int>(type: "integer", nullable: false),
                    applicable_count = table.Column<int>(type: "integer", nullable: false),
                    delta_overall = table.Column<decimal>(type: "numeric", nullable: true),
                    gap_closure = table.Column<decimal>(type: "numeric", nullable: true),
                    dqi = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_runs_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_run_criteria",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<decimal>(type: "numeric", nullable: true),
                    published_score = table.Column<decimal>(type: "numeric", nullable: true),
                    band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    applicable_count = table.Column<int>(type: "integer", nullable: false),
                    value_count = table.Column<int>(type: "integer", nullable: false),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    weight_share = table.Column<decimal>(type: "numeric", nullable: false),
                    delta = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_run_criteria", x => new { x.run_id, x.code });
                    table.ForeignKey(
                        name: "fk_score_run_criteria_score_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "score_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_run_indicators",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    criterion_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: true),
                    lower = table.Column<decimal>(type: "numeric", nullable: true),
                    target = table.Column<decimal>(type: "numeric", nullable: true),
                    target_high = table.Column<decimal>(type: "numeric", nullable: true),
                    upper = table.Column<decimal>(type: "numeric", nullable: true),
                    score = table.Column<decimal>(type: "numeric", nullable: true),
                    published_score = table.Column<decimal>(type: "numeric", nullable: true),
                    achievement = table.Column<decimal>(type: "numeric", nullable: true),
                    light = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    counted = table.Column<bool>(type: "boolean", nullable: false),
                    contribution_to_criterion = table.Column<decimal>(type: "numeric", nullable: true),
                    contribution_to_overall = table.Column<decimal>(type: "numeric", nullable: true),
                    delta = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_run_indicators", x => new { x.run_id, x.code });
                    table.ForeignKey(
                        name: "fk_score_run_indicators_score_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "score_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_score_runs_latest",
                table: "score_runs",
                columns: new[] { "cycle_id", "org_unit_code" },
                unique: true,
                filter: "is_latest");

            migrationBuilder.CreateIndex(
                name: "ix_score_runs_year_org_unit_code_computed_at",
                table: "score_runs",
                columns: new[] { "year", "org_unit_code", "computed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "score_requests");

            migrationBuilder.DropTable(
                name: "score_run_criteria");

            migrationBuilder.DropTable(
                name: "score_run_indicators");

            migrationBuilder.DropTable(
                name: "score_runs");
        }
    }
}
