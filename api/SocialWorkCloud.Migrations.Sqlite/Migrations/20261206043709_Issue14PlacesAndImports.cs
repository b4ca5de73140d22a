using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue14PlacesAndImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlaceCode",
                table: "Provinces",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommuneCode",
                table: "Facilities",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommuneCode",
                table: "Donors",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommuneCode",
                table: "Clients",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRecords_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImportRecords_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlaceProvinces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceProvinces", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PlaceCommunes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceCommunes", x => x.Code);
                    table.ForeignKey(
                        name: "FK_PlaceCommunes_PlaceProvinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "PlaceProvinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Provinces_PlaceCode",
                table: "Provinces",
                column: "PlaceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Facilities_CommuneCode",
                table: "Facilities",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Donors_CommuneCode",
                table: "Donors",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_CommuneCode",
                table: "Clients",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRecords_FacilityId_ImportedAt",
                table: "ImportRecords",
                columns: new[] { "FacilityId", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRecords_ProvinceId_ImportedAt",
                table: "ImportRecords",
                columns: new[] { "ProvinceId", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlaceCommunes_ProvinceCode_SearchName",
                table: "PlaceCommunes",
                columns: new[] { "ProvinceCode", "SearchName" });

            migrationBuilder.AddForeignKey(
                name: "FK_Clients_PlaceCommunes_CommuneCode",
                table: "Clients",
                column: "CommuneCode",
                principalTable: "PlaceCommunes",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Donors_PlaceCommunes_CommuneCode",
                table: "Donors",
                column: "CommuneCode",
                principalTable: "PlaceCommunes",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Facilities_PlaceCommunes_CommuneCode",
                table: "Facilities",
                column: "CommuneCode",
                principalTable: "PlaceCommunes",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Provinces_PlaceProvinces_PlaceCode",
                table: "Provinces",
                column: "PlaceCode",
                principalTable: "PlaceProvinces",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Clients_PlaceCommunes_CommuneCode",
                table: "Clients");

            migrationBuilder.DropForeignKey(
                name: "FK_Donors_PlaceCommunes_CommuneCode",
                table: "Donors");

            migrationBuilder.DropForeignKey(
                name: "FK_Facilities_PlaceCommunes_CommuneCode",
                table: "Facilities");

            migrationBuilder.DropForeignKey(
                name: "FK_Provinces_PlaceProvinces_PlaceCode",
                table: "Provinces");

            migrationBuilder.DropTable(
                name: "ImportRecords");

            migrationBuilder.DropTable(
                name: "PlaceCommunes");

            migrationBuilder.DropTable(
                name: "PlaceProvinces");

            migrationBuilder.DropIndex(
                name: "IX_Provinces_PlaceCode",
                table: "Provinces");

            migrationBuilder.DropIndex(
                name: "IX_Facilities_CommuneCode",
                table: "Facilities");

            migrationBuilder.DropIndex(
                name: "IX_Donors_CommuneCode",
                table: "Donors");

            migrationBuilder.DropIndex(
                name: "IX_Clients_CommuneCode",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "PlaceCode",
                table: "Provinces");

            migrationBuilder.DropColumn(
                name: "CommuneCode",
                table: "Facilities");

            migrationBuilder.DropColumn(
                name: "CommuneCode",
                table: "Donors");

            migrationBuilder.DropColumn(
                name: "CommuneCode",
                table: "Clients");
        }
    }
}
