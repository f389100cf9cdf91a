using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <summary>
    /// Ties a run's criterion and indicator rows to it with real foreign keys again, replacing the statement-level triggers of
    /// ScoreRunRowsCheck (which stood in for exactly these keys): the database's own guarantee, in the EF model, at the cost of
    /// one key lookup per row when runs are written (measured in docs/PERFORMANCE.md).
    /// </summary>
    public partial class ScoreRunRowsForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_score_run_criteria_score_runs_run_id",
                table: "score_run_criteria");

            migrationBuilder.DropForeignKey(
                name: "fk_score_run_indicators_score_runs_run_id",
                table: "score_run_indicators");

            migrationBuilder.Sql(ScoreRunRowsSql.Up);
            migrationBuilder.Sql(ScoreRunRowsSql.CheckByKey);
        }
    }
}
