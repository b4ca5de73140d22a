using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Issue18SortNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Facilities",
                type: "character varying(600)",
                maxLength: 600,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Donors",
                type: "character varying(600)",
                maxLength: 600,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Clients",
                type: "character varying(600)",
                maxLength: 600,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Facilities_ProvinceId_SortName",
                table: "Facilities",
                columns: new[] { "ProvinceId", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_Donors_FacilityId_SortName",
                table: "Donors",
                columns: new[] { "FacilityId", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_Clients_FacilityId_SortName",
                table: "Clients",
                columns: new[] { "FacilityId", "SortName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facilities_ProvinceId_SortName",
                table: "Facilities");

            migrationBuilder.DropIndex(
                name: "IX_Donors_FacilityId_SortName",
                table: "Donors");

            migrationBuilder.DropIndex(
                name: "IX_Clients_FacilityId_SortName",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Facilities");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Donors");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Clients");
        }
    }
}
