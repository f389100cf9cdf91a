using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <summary>
    /// Ties a run's criterion and indicator rows to it by the statement-level checks of <see cref="ScoreRunRowsSql"/> again, in
    /// place of the two foreign keys of ScoreRunRowsForeignKeys: same guarantees, one check per statement instead of one per
    /// row (the keys doubled the cost of writing the rows; docs/decisions/0008-score-run-rows-checked-per-statement.md).
    /// </summary>
    public partial class ScoreRunRowsStatementChecks : Migration
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
            migrationBuilder.Sql(ScoreRunRowsSql.CheckByKey);
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
