using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "framework_editions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_ar = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    green_threshold = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    amber_threshold = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_framework_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_ar = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_units_org_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bands",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    edition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name_ar = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    min_score = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bands", x => x.id);
                    table.ForeignKey(
                        name: "fk_bands_framework_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "framework_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "criteria",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    edition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name_ar = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_criteria", x => x.id);
                    table.ForeignKey(
                        name: "fk_criteria_framework_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "framework_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    criterion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name_ar = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    name_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    definition_ar = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    definition_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lower = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    target = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    range_lower_zero = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    range_target_low = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    range_target_high = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    range_upper_zero = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    weight = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: false),
                    evidence_required = table.Column<bool>(type: "boolean", nullable: false),
                    allowed_min = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    allowed_max = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    expected_min = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    expected_max = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    min_survey_sample = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicators_criteria_criterion_id",
                        column: x => x.criterion_id,
                        principalTable: "criteria",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bands_edition_id_code",
                table: "bands",
                columns: new[] { "edition_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_criteria_edition_id_code",
                table: "criteria",
                columns: new[] { "edition_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_framework_editions_code",
                table: "framework_editions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicators_criterion_id_code",
                table: "indicators",
                columns: new[] { "criterion_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_units_code",
                table: "org_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_units_parent_id",
                table: "org_units",
                column: "parent_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bands");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "org_units");

            migrationBuilder.DropTable(
                name: "criteria");

            migrationBuilder.DropTable(
                name: "framework_editions");
        }
    }
}
