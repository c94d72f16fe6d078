package io.redress.api.screening;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the screening resources read field by field, as {@code /openapi} documents them. */
final class ScreeningBodies {

    private ScreeningBodies() {
    }

    @Schema(name = "FlaggedListImport", description = "A source's flagged-address list, whole, for the assets its files cover."
            + " OFAC_LINES: one address per line, one file per asset, the asset given or in the name"
            + " sanctioned_addresses_<ASSET>.txt, blank lines and # comments skipped. CSV: a header line naming the columns"
            + " address and asset (required), category, severity, label (optional); RFC 4180 quoting, one record per line.")
    record ImportRequest(
            @Schema(required = true, description = "The list's source; an import replaces this source's listings of the"
                    + " assets it covers", pattern = "^[A-Za-z0-9._-]{2,64}$", example = "OFAC-SDN") String source,
            @Schema(required = true, enumeration = {"OFAC_LINES", "CSV"}) String format,
            @Schema(description = "The category of lines that name none (OFAC_LINES: SANCTIONS when absent)",
                    enumeration = {"SANCTIONS", "HACK", "SCAM", "PHISHING", "MIXER", "DARKNET", "RANSOMWARE", "TERRORISM", "FRAUD", "OTHER"})
            String category,
            @Schema(description = "The severity of lines that name none (OFAC_LINES: CRITICAL when absent)",
                    enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}) String severity,
            @Schema(required = true, description = "1 to 50 files, at most 2 MiB of text in all", maxItems = 50)
            List<ListFile> files) {
    }

    @Schema(name = "FlaggedListFile", description = "One file of a list")
    record ListFile(
            @Schema(required = true, description = "Its name (bad lines are reported as name:line)", maxLength = 200,
                    example = "sanctioned_addresses_XBT.txt") String name,
            @Schema(description = "The asset of an OFAC file whose name does not say it", example = "XBT") String asset,
            @Schema(required = true, description = "Its text") String content) {

        // declared, so that the component's @Schema stays off the accessor: Payara 6's scanner takes a method whose name
        // contains "set" for a setter (as ClaimBodies.NewClaim)
        @Override
        public String asset() {
            return asset;
        }
    }

    @Schema(name = "ChainTransfers", description = "A batch of on-chain transfers")
    record Transfers(
            @Schema(required = true, description = "1 to 1,000 transfers", maxItems = 1000) List<Transfer> transfers) {
    }

    @Schema(name = "ChainTransfer", description = "One output of an on-chain transaction. Idempotent on (chain, txHash,"
            + " outputIndex): a transfer sent again changes nothing. A transaction with several inputs is reported as one row"
            + " per input and output, the amount split in proportion to the inputs.")
    record Transfer(
            @Schema(required = true, description = "The chain whose address formats apply", example = "XBT") String chain,
            @Schema(required = true, description = "16 to 128 letters or digits, with or without 0x", maxLength = 130) String txHash,
            @Schema(required = true, description = "0 to 1000000", minimum = "0", maximum = "1000000") Integer outputIndex,
            @Schema(required = true, description = "What moved: 2 to 12 upper-case letters or digits", example = "XBT") String asset,
            @Schema(required = true, description = "The sending address, checked in the chain's formats", maxLength = 128) String from,
            @Schema(required = true, description = "The receiving address", maxLength = 128) String to,
            @Schema(required = true, description = "More than zero, at most 18 decimals", example = "0.5") String amount,
            @Schema(required = true, description = "When it was confirmed (ISO-8601 UTC)") Instant occurredAt) {

        // declared, so that the component's @Schema stays off the accessor: Payara 6's scanner takes a method whose name
        // contains "set" for a setter (as ClaimBodies.NewClaim)
        @Override
        public String asset() {
            return asset;
        }
    }

    @Schema(name = "DepositToScreen", description = "A deposit credited (or about to be) to a customer account")
    record Deposit(
            @Schema(required = true, description = "The account credited (mirrored first)", maxLength = 64) String accountId,
            @Schema(required = true, description = "The chain", example = "XBT") String chain,
            @Schema(required = true, description = "The asset deposited", example = "XBT") String asset,
            @Schema(required = true, description = "The deposit's transaction", maxLength = 130) String txHash,
            @Schema(required = true, description = "The address the deposit came from", maxLength = 128) String sendingAddress,
            @Schema(required = true, description = "More than zero, at most 18 decimals", example = "0.5") String amount,
            @Schema(description = "The sender is a self-hosted wallet, not another service (default false)") Boolean selfHosted,
            @Schema(description = "The deposit's value in EUR; required when selfHosted (the travel rule's threshold)",
                    example = "1250.00") String valueEur,
            @Schema(description = "The customer's language for what they are told of a hold or freeze and its release"
                    + " (default en)", enumeration = {"en", "fr", "ja"}) String language) {

        // declared, so that the component's @Schema stays off the accessor: Payara 6's scanner takes a method whose name
        // contains "set" for a setter (as ClaimBodies.NewClaim)
        @Override
        public String asset() {
            return asset;
        }
    }

    @Schema(name = "InvestigationProposal", description = "An outcome proposed by one compliance officer, approved by another")
    record Proposal(
            @Schema(required = true, enumeration = {"RELEASE", "REPORT"}) String outcome,
            @Schema(required = true, description = "Why: the evidence weighed (internal)", maxLength = 4000) String reason,
            @Schema(description = "REPORT: the report's filing reference with the authority", maxLength = 128) String filingReference,
            @Schema(required = true, description = "The version read") Long version) {
    }

    @Schema(name = "InvestigationApproval", description = "Approving the proposed outcome (another officer than the proposer)")
    record Approval(@Schema(required = true, description = "The version read") Long version) {
    }

    @Schema(name = "AuthorityAnswer", description = "The authority's answer to a report")
    record Answer(
            @Schema(required = true, enumeration = {"RELEASE_FUNDS", "KEEP_FROZEN"}) String answer,
            @Schema(required = true, description = "The authority's reference", maxLength = 128) String reference,
            @Schema(required = true, description = "The version read") Long version) {
    }

    @Schema(name = "InvestigationNoteInput", description = "A compliance officer's internal note on an investigation")
    record Note(@Schema(required = true, description = "The note (internal: never shown to the customer or other staff)",
            maxLength = 4000) String text) {
    }

    @Schema(name = "InvestigationAttachmentUpload", description = "A file attached to an investigation, its bytes in Base64")
    record Attachment(
            @Schema(required = true, description = "The file's name, without a path", maxLength = 200, example = "bank-letter.pdf")
            String fileName,
            @Schema(required = true, description = "The file's type; its first bytes must be of that type",
                    enumeration = {"application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv", "application/json"})
            String contentType,
            @Schema(required = true, description = "The file's bytes in Base64 (RFC 4648, standard alphabet, padded): 1 byte"
                    + " to 5 MiB decoded", format = "byte") String contentBase64) {
    }

    @Schema(name = "WalletProof", description = "The customer proved control of a self-hosted address")
    record Proof(
            @Schema(required = true, description = "The customer's account", maxLength = 64) String accountId,
            @Schema(required = true, description = "The chain", example = "ETH") String chain,
            @Schema(required = true, description = "The self-hosted address, checked in the chain's formats", maxLength = 128)
            String address,
            @Schema(required = true, enumeration = {"SIGNED_MESSAGE", "TEST_TRANSFER", "OTHER"}) String method) {
    }
}
