using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.PostgreSql.Migrations
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BankAccountNumber",
                table: "Campaigns",
                type: "character varying(19)",
                maxLength: 19,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BankBin",
                table: "Campaigns",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TargetMaximum",
                table: "Campaigns",
                type: "bigint",
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
