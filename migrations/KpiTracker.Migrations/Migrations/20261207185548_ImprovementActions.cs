using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ImprovementActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "loop_actions",
                table: "score_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "loop_score",
                table: "score_runs",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "require_actions_for_red",
                table: "cycles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "improvement_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_unit_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    responsible_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    baseline = table.Column<decimal>(type: "numeric", nullable: false),
                    expected = table.Column<decimal>(type: "numeric", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    drop_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    progress_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reminders_sent = table.Column<int>(type: "integer", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_improvement_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_improvement_actions_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_improvement_actions_users_responsible_user_id",
                        column: x => x.responsible_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_improvement_actions_cycle_id",
                table: "improvement_actions",
                column: "cycle_id");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_actions_org_unit_code_due_date",
                table: "improvement_actions",
                columns: new[] { "org_unit_code", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_improvement_actions_org_unit_code_number",
                table: "improvement_actions",
                columns: new[] { "org_unit_code", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_improvement_actions_responsible_user_id",
                table: "improvement_actions",
                column: "responsible_user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "improvement_actions");

            migrationBuilder.DropColumn(
                name: "loop_actions",
                table: "score_runs");

            migrationBuilder.DropColumn(
                name: "loop_score",
                table: "score_runs");

            migrationBuilder.DropColumn(
                name: "require_actions_for_red",
                table: "cycles");
        }
    }
}
