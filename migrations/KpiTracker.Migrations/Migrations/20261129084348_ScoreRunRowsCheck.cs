using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ScoreRunRowsCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_score_run_criteria_score_runs_run_id",
                table: "score_run_criteria");

            migrationBuilder.DropForeignKey(
                name: "fk_score_run_indicators_score_runs_run_id",
                table: "score_run_indicators");

            migrationBuilder.Sql(ScoreRunRowsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ScoreRunRowsSql.Down);

            migrationBuilder.AddForeignKey(
                name: "fk_score_run_criteria_score_runs_run_id",
                table: "score_run_criteria",
                column: "run_id",
                principalTable: "score_runs",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_score_run_indicators_score_runs_run_id",
                table: "score_run_indicators",
                column: "run_id",
                principalTable: "score_runs",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
