using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameVi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Groups = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PlannedActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: true),
                    Timing = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BudgetVnd = table.Column<long>(type: "bigint", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FacilityGroup = table.Column<int>(type: "integer", nullable: true),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: true),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
