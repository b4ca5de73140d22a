using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue18Indicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HospitalLevel",
                table: "Facilities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AreaScreenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildrenInSpecialCircumstances = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleInHardship = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaScreenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaScreenings_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AreaScreenings_FacilityId",
                table: "AreaScreenings",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_AreaScreenings_FacilityId_Year",
                table: "AreaScreenings",
                columns: new[] { "FacilityId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AreaScreenings");

            migrationBuilder.DropColumn(
                name: "HospitalLevel",
                table: "Facilities");
        }
    }
}
