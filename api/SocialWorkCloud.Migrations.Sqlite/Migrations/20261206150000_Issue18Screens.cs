using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue18Screens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RecordedById",
                table: "ReceptionTallies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UndoesEntryId",
                table: "ReceptionTallies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextAppointmentOn",
                table: "CounsellingSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "CounsellingSessions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordedById",
                table: "CommunicationItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordedById",
                table: "CharityActivities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaseNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ClosureReason",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NumberSequence",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NumberYear",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RequestedClosureReason",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionTallies_FacilityId_RecordedById_Date",
                table: "ReceptionTallies",
                columns: new[] { "FacilityId", "RecordedById", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionTallies_FacilityId_UndoesEntryId",
                table: "ReceptionTallies",
                columns: new[] { "FacilityId", "UndoesEntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationItems_FacilityId_RecordedById",
                table: "CommunicationItems",
                columns: new[] { "FacilityId", "RecordedById" });

            migrationBuilder.CreateIndex(
                name: "IX_CharityActivities_FacilityId_RecordedById",
                table: "CharityActivities",
                columns: new[] { "FacilityId", "RecordedById" });

            // The cases already open get their numbers as new ones would: per facility and year opened, in the order opened.
            migrationBuilder.Sql("""
UPDATE Cases
SET NumberYear = n.y, NumberSequence = n.seq, CaseNumber = upper(trim(f.Code)) || '-' || n.y || '-' || printf('%04d', n.seq)
FROM (SELECT Id, CAST(substr(OpenedOn, 1, 4) AS INTEGER) AS y,
             ROW_NUMBER() OVER (PARTITION BY FacilityId, substr(OpenedOn, 1, 4) ORDER BY OpenedOn, CreatedAt, Id) AS seq
      FROM Cases) AS n, Facilities AS f
WHERE Cases.Id = n.Id AND f.Id = Cases.FacilityId;
""");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FacilityId_CaseNumber",
                table: "Cases",
                columns: new[] { "FacilityId", "CaseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FacilityId_NumberYear_NumberSequence",
                table: "Cases",
                columns: new[] { "FacilityId", "NumberYear", "NumberSequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReceptionTallies_FacilityId_RecordedById_Date",
                table: "ReceptionTallies");

            migrationBuilder.DropIndex(
                name: "IX_ReceptionTallies_FacilityId_UndoesEntryId",
                table: "ReceptionTallies");

            migrationBuilder.DropIndex(
                name: "IX_CommunicationItems_FacilityId_RecordedById",
                table: "CommunicationItems");

            migrationBuilder.DropIndex(
                name: "IX_CharityActivities_FacilityId_RecordedById",
                table: "CharityActivities");

            migrationBuilder.DropIndex(
                name: "IX_Cases_FacilityId_CaseNumber",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_FacilityId_NumberYear_NumberSequence",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "ReceptionTallies");

            migrationBuilder.DropColumn(
                name: "UndoesEntryId",
                table: "ReceptionTallies");

            migrationBuilder.DropColumn(
                name: "NextAppointmentOn",
                table: "CounsellingSessions");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "CounsellingSessions");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "CommunicationItems");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "CharityActivities");

            migrationBuilder.DropColumn(
                name: "CaseNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosureReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NumberSequence",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NumberYear",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RequestedClosureReason",
                table: "Cases");
        }
    }
}
