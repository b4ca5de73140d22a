using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue17ReportSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Submissions",
                table: "PeriodicReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReportNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Results = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Difficulties = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Proposals = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    NextPeriodPlan = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressedToPeoplesCommittee = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_PeriodicReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "PeriodicReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_ReportId_Number",
                table: "ReportSubmissions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            // Reports sent before snapshots existed: their content as it stands is the best record of what was sent (one
            // submission). Standard SQL, the same on the three providers.
            migrationBuilder.Sql(@"INSERT INTO ""ReportSubmissions"" (""Id"", ""ReportId"", ""Number"", ""SubmittedAt"", ""SubmittedByName"", ""FiguresJson"", ""GeneratedAt"",
    ""Subject"", ""ReportNumber"", ""Place"", ""Results"", ""Difficulties"", ""Proposals"", ""NextPeriodPlan"", ""Recipients"", ""SignerName"", ""SignerTitle"",
    ""AddressedToPeoplesCommittee"")
SELECT ""Id"", ""Id"", 1, COALESCE(""SubmittedAt"", ""FirstSubmittedAt""), NULL, ""FiguresJson"", ""GeneratedAt"", ""Subject"", ""ReportNumber"", ""Place"", ""Results"",
    ""Difficulties"", ""Proposals"", ""NextPeriodPlan"", ""Recipients"", ""SignerName"", ""SignerTitle"", ""AddressedToPeoplesCommittee""
FROM ""PeriodicReports"" WHERE ""FirstSubmittedAt"" IS NOT NULL AND ""FiguresJson"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE ""PeriodicReports"" SET ""Submissions"" = 1 WHERE ""FirstSubmittedAt"" IS NOT NULL AND ""FiguresJson"" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "Submissions",
                table: "PeriodicReports");
        }
    }
}
