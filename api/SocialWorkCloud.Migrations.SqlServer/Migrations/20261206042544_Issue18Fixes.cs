using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Issue18Fixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Clients_FacilityId_SearchGivenName_SearchName_MergedIntoId",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "FollowUpTasks");

            migrationBuilder.DropColumn(
                name: "SearchGivenName",
                table: "Clients");

            migrationBuilder.CreateTable(
                name: "CaseRiskChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<int>(type: "int", nullable: false),
                    To = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRiskChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRiskChanges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClientNameKeys",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FacilityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientNameKeys", x => new { x.ClientId, x.Key });
                    table.ForeignKey(
                        name: "FK_ClientNameKeys_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRiskChanges_CaseId",
                table: "CaseRiskChanges",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRiskChanges_FacilityId",
                table: "CaseRiskChanges",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientNameKeys_FacilityId",
                table: "ClientNameKeys",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientNameKeys_FacilityId_Key_ClientId",
                table: "ClientNameKeys",
                columns: new[] { "FacilityId", "Key", "ClientId" });

            // The search keys of the clients already registered: the folded name from each later name part on
            // (what Client.Rename makes for new ones).
            migrationBuilder.Sql("""
WITH parts (ClientId, FacilityId, Rest) AS (
    SELECT Id, FacilityId, CAST(SUBSTRING(SearchName, CHARINDEX(' ', SearchName) + 1, 200) AS nvarchar(200)) FROM Clients WHERE CHARINDEX(' ', SearchName) > 0
    UNION ALL
    SELECT ClientId, FacilityId, CAST(SUBSTRING(Rest, CHARINDEX(' ', Rest) + 1, 200) AS nvarchar(200)) FROM parts WHERE CHARINDEX(' ', Rest) > 0)
INSERT INTO ClientNameKeys (ClientId, [Key], FacilityId)
SELECT DISTINCT ClientId, Rest, FacilityId FROM parts WHERE Rest <> N'';
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseRiskChanges");

            migrationBuilder.DropTable(
                name: "ClientNameKeys");

            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueSince",
                table: "FollowUpTasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchGivenName",
                table: "Clients",
                type: "nvarchar(260)",
                maxLength: 260,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_FacilityId_SearchGivenName_SearchName_MergedIntoId",
                table: "Clients",
                columns: new[] { "FacilityId", "SearchGivenName", "SearchName", "MergedIntoId" });
        }
    }
}
