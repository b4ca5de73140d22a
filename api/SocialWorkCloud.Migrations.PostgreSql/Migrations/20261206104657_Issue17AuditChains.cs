using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Issue17AuditChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                table: "LedgerEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "LedgerEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "LedgerEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ChainPosition",
                table: "AuditEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ChainHeads",
                columns: table => new
                {
                    Chain = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainHeads", x => x.Chain);
                });

            migrationBuilder.CreateTable(
                name: "PlatformAuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ChainPosition = table.Column<long>(type: "bigint", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformAuditEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_FacilityId_ChainPosition",
                table: "LedgerEntries",
                columns: new[] { "FacilityId", "ChainPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_FacilityId_At",
                table: "AuditEntries",
                columns: new[] { "FacilityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_FacilityId_ChainPosition",
                table: "AuditEntries",
                columns: new[] { "FacilityId", "ChainPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAuditEntries_At",
                table: "PlatformAuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAuditEntries_ChainPosition",
                table: "PlatformAuditEntries",
                column: "ChainPosition");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChainHeads");

            migrationBuilder.DropTable(
                name: "PlatformAuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_FacilityId_ChainPosition",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_FacilityId_At",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_FacilityId_ChainPosition",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "ChainPosition",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");
        }
    }
}
