using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue17PersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegalGround",
                table: "ConsentRecords",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LegalGroundRecordedAt",
                table: "ConsentRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LegalGroundRecordedBy",
                table: "ConsentRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PseudonymisedAt",
                table: "Clients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RestrictedSince",
                table: "Clients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataSubjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSubjectRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionDueItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ListedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionDueItems", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_FacilityId",
                table: "DataSubjectRequests",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_FacilityId_ClientId",
                table: "DataSubjectRequests",
                columns: new[] { "FacilityId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_FacilityId_Status_DueOn",
                table: "DataSubjectRequests",
                columns: new[] { "FacilityId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionDueItems_FacilityId",
                table: "RetentionDueItems",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionDueItems_FacilityId_Kind_DueOn",
                table: "RetentionDueItems",
                columns: new[] { "FacilityId", "Kind", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataSubjectRequests");

            migrationBuilder.DropTable(
                name: "RetentionDueItems");

            migrationBuilder.DropColumn(
                name: "LegalGround",
                table: "ConsentRecords");

            migrationBuilder.DropColumn(
                name: "LegalGroundRecordedAt",
                table: "ConsentRecords");

            migrationBuilder.DropColumn(
                name: "LegalGroundRecordedBy",
                table: "ConsentRecords");

            migrationBuilder.DropColumn(
                name: "PseudonymisedAt",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "RestrictedSince",
                table: "Clients");
        }
    }
}
