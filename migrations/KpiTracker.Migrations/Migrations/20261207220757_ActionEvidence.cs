using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ActionEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "evidence_count",
                table: "improvement_actions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "improvement_actions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "action_evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    action_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stored_name = table.Column<string>(type: "character(32)", fixedLength: true, maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    uploaded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_action_evidence_improvement_actions_action_id",
                        column: x => x.action_id,
                        principalTable: "improvement_actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_evidence_action_id",
                table: "action_evidence",
                column: "action_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_evidence_stored_name",
                table: "action_evidence",
                column: "stored_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_evidence");

            migrationBuilder.DropColumn(
                name: "evidence_count",
                table: "improvement_actions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "improvement_actions");
        }
    }
}
