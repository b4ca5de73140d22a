using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Targets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
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
                    table.PrimaryKey("PK_AnnualPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualPlans_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PlannedActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Timing = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BudgetVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedActivities_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FacilityGroup = table.Column<int>(type: "INTEGER", nullable: true),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTargets_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanTargets_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlans_FacilityId",
                table: "AnnualPlans",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlans_FacilityId_Year",
                table: "AnnualPlans",
                columns: new[] { "FacilityId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_FacilityId",
                table: "IndicatorTargets",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_IndicatorCode",
                table: "IndicatorTargets",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_ProvinceId_Year_IndicatorCode_FacilityGroup",
                table: "IndicatorTargets",
                columns: new[] { "ProvinceId", "Year", "IndicatorCode", "FacilityGroup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_ProvinceId_Year_IndicatorCode_FacilityId",
                table: "IndicatorTargets",
                columns: new[] { "ProvinceId", "Year", "IndicatorCode", "FacilityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActivities_FacilityId",
                table: "PlannedActivities",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActivities_PlanId",
                table: "PlannedActivities",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_FacilityId",
                table: "PlanTargets",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_IndicatorCode",
                table: "PlanTargets",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_PlanId",
                table: "PlanTargets",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorTargets");

            migrationBuilder.DropTable(
                name: "PlannedActivities");

            migrationBuilder.DropTable(
                name: "PlanTargets");

            migrationBuilder.DropTable(
                name: "AnnualPlans");

            migrationBuilder.DropTable(
                name: "Indicators");
        }
    }
}
