using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SupervisionAndCommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    NomineeKind = table.Column<int>(type: "integer", nullable: false),
                    NomineeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NomineeTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    AwardKind = table.Column<int>(type: "integer", nullable: false),
                    AwardText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Achievements = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConductedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Scope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Findings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Team = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionVisits_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionVisits_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommendationDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Awarded = table.Column<bool>(type: "boolean", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommendationDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommendationDecisions_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionRecommendations_SupervisionVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "SupervisionVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationFollowUps_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecommendationFollowUps_SupervisionRecommendations_Recommen~",
                        column: x => x.RecommendationId,
                        principalTable: "SupervisionRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationReviews_SupervisionRecommendations_Recommenda~",
                        column: x => x.RecommendationId,
                        principalTable: "SupervisionRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommendationDecisions_NominationId",
                table: "CommendationDecisions",
                column: "NominationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommendationDecisions_ProvinceId_FacilityId",
                table: "CommendationDecisions",
                columns: new[] { "ProvinceId", "FacilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_FacilityId",
                table: "Nominations",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_FacilityId_Year",
                table: "Nominations",
                columns: new[] { "FacilityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationFollowUps_FacilityId",
                table: "RecommendationFollowUps",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationFollowUps_RecommendationId",
                table: "RecommendationFollowUps",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationReviews_RecommendationId",
                table: "RecommendationReviews",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecommendations_FacilityId_Status_DueOn",
                table: "SupervisionRecommendations",
                columns: new[] { "FacilityId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecommendations_VisitId_Number",
                table: "SupervisionRecommendations",
                columns: new[] { "VisitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionVisits_FacilityId",
                table: "SupervisionVisits",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionVisits_ProvinceId_PlannedOn",
                table: "SupervisionVisits",
                columns: new[] { "ProvinceId", "PlannedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommendationDecisions");

            migrationBuilder.DropTable(
                name: "RecommendationFollowUps");

            migrationBuilder.DropTable(
                name: "RecommendationReviews");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "SupervisionRecommendations");

            migrationBuilder.DropTable(
                name: "SupervisionVisits");
        }
    }
}
