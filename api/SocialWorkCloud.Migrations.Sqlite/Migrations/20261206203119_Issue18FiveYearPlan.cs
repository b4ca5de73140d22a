using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue18FiveYearPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FiveYearPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneralGoal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SpecificObjectives = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Solutions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Recommendations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiveYearPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiveYearPlans_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FiveYearPlanTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiveYearPlanTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiveYearPlanTargets_FiveYearPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "FiveYearPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FiveYearPlanTargets_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FiveYearPlans_FacilityId",
                table: "FiveYearPlans",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_FiveYearPlans_FacilityId_StartYear",
                table: "FiveYearPlans",
                columns: new[] { "FacilityId", "StartYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FiveYearPlanTargets_FacilityId",
                table: "FiveYearPlanTargets",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_FiveYearPlanTargets_FacilityId_PlanId_IndicatorCode_Year",
                table: "FiveYearPlanTargets",
                columns: new[] { "FacilityId", "PlanId", "IndicatorCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FiveYearPlanTargets_IndicatorCode",
                table: "FiveYearPlanTargets",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_FiveYearPlanTargets_PlanId",
                table: "FiveYearPlanTargets",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FiveYearPlanTargets");

            migrationBuilder.DropTable(
                name: "FiveYearPlans");
        }
    }
}
