using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkCloud.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Fundraising : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Beneficiaries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    GoodsReceptionPlace = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DistributionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TargetAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Donors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsAnonymousInPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Donors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundraisingSettings",
                columns: table => new
                {
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprovalThreshold = table.Column<long>(type: "INTEGER", nullable: true),
                    YearlyTarget = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundraisingSettings", x => x.FacilityId);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptCounters",
                columns: table => new
                {
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptCounters", x => new { x.FacilityId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "FundBalances",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CashReceived = table.Column<long>(type: "INTEGER", nullable: false),
                    CashDistributed = table.Column<long>(type: "INTEGER", nullable: false),
                    GoodsValueReceived = table.Column<long>(type: "INTEGER", nullable: false),
                    GoodsValueDistributed = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundBalances", x => x.CampaignId);
                    table.ForeignKey(
                        name: "FK_FundBalances_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockLots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    QuantityReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    QuantityIssued = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedValue = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginalQuantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockLots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockLots_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceiptNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DonorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StockLotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientKind = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientBirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientCommune = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GroupCount = table.Column<int>(type: "INTEGER", nullable: true),
                    GroupList = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NeedsApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedFromIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_Donors_DonorId",
                        column: x => x.DonorId,
                        principalTable: "Donors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_LedgerEntries_ReversesId",
                        column: x => x.ReversesId,
                        principalTable: "LedgerEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DistributionAcknowledgements",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScanContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Scan = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedFromIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistributionAcknowledgements", x => x.EntryId);
                    table.ForeignKey(
                        name: "FK_DistributionAcknowledgements_LedgerEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LedgerEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DistributionApprovals",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedFromIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistributionApprovals", x => x.EntryId);
                    table.ForeignKey(
                        name: "FK_DistributionApprovals_LedgerEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LedgerEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_FacilityId",
                table: "Campaigns",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_FacilityId_Status",
                table: "Campaigns",
                columns: new[] { "FacilityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DistributionAcknowledgements_FacilityId",
                table: "DistributionAcknowledgements",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_DistributionApprovals_FacilityId",
                table: "DistributionApprovals",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Donors_FacilityId",
                table: "Donors",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Donors_FacilityId_SearchName",
                table: "Donors",
                columns: new[] { "FacilityId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_FundBalances_FacilityId",
                table: "FundBalances",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_FundraisingSettings_FacilityId",
                table: "FundraisingSettings",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_CampaignId_RecordedAt",
                table: "LedgerEntries",
                columns: new[] { "CampaignId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_DonorId",
                table: "LedgerEntries",
                column: "DonorId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_FacilityId",
                table: "LedgerEntries",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_FacilityId_ReceiptYear_ReceiptNumber",
                table: "LedgerEntries",
                columns: new[] { "FacilityId", "ReceiptYear", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ReversesId",
                table: "LedgerEntries",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptCounters_FacilityId",
                table: "ReceiptCounters",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLots_CampaignId",
                table: "StockLots",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLots_FacilityId",
                table: "StockLots",
                column: "FacilityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DistributionAcknowledgements");

            migrationBuilder.DropTable(
                name: "DistributionApprovals");

            migrationBuilder.DropTable(
                name: "FundBalances");

            migrationBuilder.DropTable(
                name: "FundraisingSettings");

            migrationBuilder.DropTable(
                name: "ReceiptCounters");

            migrationBuilder.DropTable(
                name: "StockLots");

            migrationBuilder.DropTable(
                name: "LedgerEntries");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "Donors");
        }
    }
}
