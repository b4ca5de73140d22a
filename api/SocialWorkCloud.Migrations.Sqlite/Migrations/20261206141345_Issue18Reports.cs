using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "PeriodicReports",
                type: "TEXT",
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
