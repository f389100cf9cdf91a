using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ImprovementCommitments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    org_unit_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    proposed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    proposed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitments", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitments_users_proposed_by_id",
                        column: x => x.proposed_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_proposed_by_id",
                table: "commitments",
                column: "proposed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_year_org_unit_code_indicator_code",
                table: "commitments",
                columns: new[] { "year", "org_unit_code", "indicator_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitments_year_status",
                table: "commitments",
                columns: new[] { "year", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitments");
        }
    }
}
