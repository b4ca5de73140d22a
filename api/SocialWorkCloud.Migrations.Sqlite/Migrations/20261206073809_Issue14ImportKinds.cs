using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue14ImportKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StaffCode",
                table: "StaffMembers",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_FacilityId_StaffCode",
                table: "StaffMembers",
                columns: new[] { "FacilityId", "StaffCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_FacilityId_StaffCode",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "StaffCode",
                table: "StaffMembers");
        }
    }
}
