using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.SqlServer.Migrations
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
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LegalGroundRecordedAt",
                table: "ConsentRecords",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LegalGroundRecordedBy",
                table: "ConsentRecords",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PseudonymisedAt",
                table: "Clients",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RestrictedSince",
                table: "Clients",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataSubjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HandledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    HandledBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSubjectRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionDueItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ListedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
