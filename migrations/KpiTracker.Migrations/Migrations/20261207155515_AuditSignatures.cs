using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiTracker.Migrations.Migrations
{
    /// <summary>
    /// Audit records the application's role cannot forge: the signature columns (signing time, nonce, key id, MAC; the nonce
    /// unique), no default on <c>seq</c>, and the chain SQL of <see cref="AuditSignatureSql"/> (the trigger sets the time and
    /// refuses the chain fields from the caller; the hash covers the signature).
    /// </summary>
    public partial class AuditSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "seq",
                table: "audit_log",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldDefaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "mac",
                table: "audit_log",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mac_key",
                table: "audit_log",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "mac_nonce",
                table: "audit_log",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "signed_at",
                table: "audit_log",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_mac_nonce",
                table: "audit_log",
                column: "mac_nonce",
                unique: true);

            migrationBuilder.Sql(AuditSignatureSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditSignatureSql.Down);

            migrationBuilder.DropIndex(
                name: "ix_audit_log_mac_nonce",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "mac",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "mac_key",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "mac_nonce",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "signed_at",
                table: "audit_log");

            migrationBuilder.AlterColumn<long>(
                name: "seq",
                table: "audit_log",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint");
        }
    }
}
