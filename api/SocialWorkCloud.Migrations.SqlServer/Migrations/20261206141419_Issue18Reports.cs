using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Issue18Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AddressedToPeoplesCommittee",
                table: "PeriodicReports",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "PeriodicReports",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AddressedToPeoplesCommittee",
                table: "PeriodicReports");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "PeriodicReports");
        }
    }
}
