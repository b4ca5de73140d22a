using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue18Public : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BankAccountHolder",
                table: "Campaigns",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BankAccountNumber",
                table: "Campaigns",
                type: "TEXT",
                maxLength: 19,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BankBin",
                table: "Campaigns",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TargetMaximum",
                table: "Campaigns",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BankAccountHolder",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "BankAccountNumber",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "BankBin",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "TargetMaximum",
                table: "Campaigns");
        }
    }
}
