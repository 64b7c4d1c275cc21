"""The ARM code tables: every value a coded field accepts, with texts in Norwegian and English.

The tables are the one source of coded values: listCodes shows them and the rules check against
them (`canonical`). Values compare case-insensitively; the table's spelling is what gets stored.
Tables whose values a rule of the server depends on mirror that rule's enum in the contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from armrest_server.domain import ledger


@dataclass(frozen=True)
class Text:
    no: str
    en: str

    def __call__(self, language: str) -> str:
        return self.en if language == "en" else self.no


@dataclass(frozen=True)
class Code:
    code: str
    text: Text
    description: Text | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def wire(self, language: str) -> dict[str, Any]:
        found: dict[str, Any] = {"code": self.code, "text": self.text(language)}
        if self.description is not None:
            found["description"] = self.description(language)
        if self.valid_from is not None:
            found["validFrom"] = self.valid_from.isoformat()
        if self.valid_to is not None:
            found["validTo"] = self.valid_to.isoformat()
        return found


@dataclass(frozen=True)
class Table:
    description: Text
    codes: tuple[Code, ...]


def _c(
    code: str,
    no: str,
    en: str,
    desc_no: str | None = None,
    desc_en: str | None = None,
    valid_from: date | None = None,
) -> Code:
    description = Text(desc_no, desc_en) if desc_no is not None and desc_en is not None else None
    return Code(code, Text(no, en), description, valid_from)


TABLES: dict[str, Table] = {
    "customercategory": Table(
        Text("Kundekategorier", "Customer categories"),
        (
            _c(
                "COMP",
                "Bedrift",
                "Company",
                "En virksomhet med organisasjonsnummer.",
                "A business with an organisation number.",
            ),
            _c("CONS", "Privatperson", "Consumer", "En privatperson.", "A private person."),
            _c(
                "PUBL",
                "Offentlig sektor",
                "Public sector",
                "Stat, fylke, kommune og deres virksomheter.",
                "Central and local government and their agencies.",
                valid_from=date(2025, 1, 1),
            ),
        ),
    ),
    "distributiontype": Table(
        Text("Distribusjonstyper", "Distribution types"),
        (
            _c(
                "H",
                "Hovedkanal",
                "Preferred channel",
                "Amili sender dokumentene gjennom kundens foretrukne kanal.",
                "Amili sends the documents through the customer's preferred channel.",
            ),
            _c("P", "Papir", "Paper", "Brev til postadressen.", "A letter to the postal address."),
            _c(
                "E",
                "E-post",
                "E-mail",
                "PDF til kundens e-postadresse for dokumenter.",
                "PDF to the customer's document e-mail address.",
            ),
            _c(
                "EF",
                "eFaktura",
                "eFaktura",
                "Norsk e-faktura til forbrukerens nettbank.",
                "Norwegian consumer e-invoice in the online bank.",
            ),
            _c(
                "EHF",
                "EHF",
                "EHF",
                "Peppol e-faktura til kundens organisasjonsnummer.",
                "Peppol e-invoice to the customer's organisation number.",
            ),
            _c(
                "DP",
                "Digipost",
                "Digipost",
                "Digital postkasse, etter kundens fødselsnummer.",
                "Digital mailbox, by the customer's birth number.",
            ),
        ),
    ),
    "documenttype": Table(
        Text("Dokumenttyper", "Document types"),
        (
            _c("INVOICE", "Faktura", "Invoice"),
            _c("CREDITNOTE", "Kreditnota", "Credit note"),
            _c("INTERESTNOTE", "Rentenota", "Interest note"),
            _c("REMINDER", "Purring", "Reminder"),
            _c(
                "PAYMENT",
                "Innbetaling",
                "Payment",
                "Innbetalt beløp som ikke kunne avregnes (reskontropost uten dokument).",
                "Money received that could not be applied (an AR item without a document).",
            ),
        ),
    ),
    "aritemstatus": Table(
        Text("Status for reskontroposter", "AR item statuses"),
        (
            _c("OPEN", "Åpen", "Open", "Restbeløpet er ikke null.", "The remaining amount is not zero."),
            _c(
                "CLOSED",
                "Lukket",
                "Closed",
                "Restbeløpet er null; posten åpnes aldri igjen.",
                "The remaining amount is zero; the item is never reopened.",
            ),
        ),
    ),
    "autopostingmethod": Table(
        Text("Autoposteringsmetoder", "Auto posting methods"),
        (
            _c(
                "payment",
                "Innbetaling",
                "Payment",
                "Debet 1920 Bank, kredit 1500 Kundefordringer.",
                "Debit 1920 Bank, credit 1500 Accounts receivable.",
            ),
            _c(
                "writeoff",
                "Avskrivning",
                "Write-off",
                "Debet 7830 Tap på fordringer, kredit 1500.",
                "Debit 7830 Bad debt loss, credit 1500.",
            ),
            _c(
                "refund",
                "Tilbakebetaling",
                "Refund",
                "Debet 1500, kredit 1920 Bank.",
                "Debit 1500, credit 1920 Bank.",
            ),
        ),
    ),
    "postingresulttype": Table(
        Text("Resultattyper for autopostering", "Auto posting result types"),
        (
            _c("POSTED", "Postert", "Posted"),
            _c(
                "VALIDATED",
                "Kontrollert",
                "Validated",
                "Prøvekjøring: ingenting ble skrevet.",
                "Dry run: nothing was written.",
            ),
            _c("FAILED", "Feilet", "Failed", "Posteringen bryter en regel.", "The posting breaks a rule."),
            _c(
                "BATCH-REJECTED",
                "Avvist med resten",
                "Rejected with the rest",
                "Gyldig, men ikke skrevet fordi en annen postering feilet.",
                "Valid, but not written because another posting failed.",
            ),
        ),
    ),
    "actiontype": Table(
        Text("Handlingstyper", "Action types"),
        (
            _c("stopreminders", "Stopp purringer", "Stop reminders"),
            _c("stopdebtcollection", "Stopp inkasso", "Stop debt collection"),
            _c("debtcollection", "Send til inkasso", "Send to debt collection"),
            _c("resenddocument", "Send dokument på nytt", "Resend document"),
        ),
    ),
    "reporttype": Table(
        Text("Rapporttyper", "Report types"),
        (
            _c("adb", "Aldersfordelt saldo", "Age distributed balance"),
            _c("aritems", "Åpne reskontroposter", "Open AR items"),
            _c("glbalance", "Saldo per hovedbokskonto", "Balance per GL account"),
        ),
    ),
    "batchtype": Table(
        Text("Bunketyper", "Batch types"),
        (
            _c("CUSTOMERS_CREATE", "Opprett kunder", "Create customers"),
            _c("CUSTOMERS_UPDATE", "Endre kunder", "Update customers"),
            _c("DOCUMENTS_CREATE", "Opprett dokumenter", "Create documents"),
            _c("REPORT", "Rapportjobb", "Report job"),
        ),
    ),
    "batchstatus": Table(
        Text("Bunkestatuser", "Batch statuses"),
        (
            _c("QUEUED", "I kø", "Queued"),
            _c("PROCESSING", "Under behandling", "Processing"),
            _c("COMPLETED", "Fullført", "Completed"),
            _c("COMPLETED_WITH_ERRORS", "Fullført med feil", "Completed with errors"),
            _c("FAILED", "Feilet", "Failed"),
        ),
    ),
    "registrationstatus": Table(
        Text("Registerstatuser", "Registration statuses"),
        (
            _c("REGISTERED", "Registrert", "Registered"),
            _c("EMIGRATED", "Utvandret", "Emigrated"),
            _c("MISSING", "Forsvunnet", "Missing"),
            _c("DECEASED", "Død", "Deceased"),
            _c(
                "FICTITIOUS",
                "Fiktiv",
                "Fictitious",
                "Identiteten finnes ikke i registeret.",
                "The identity does not exist in the register.",
            ),
            _c("BANKRUPT", "Konkurs", "Bankrupt"),
            _c("DISSOLVED", "Oppløst", "Dissolved"),
        ),
    ),
    "activestatusweb": Table(
        Text("Status i Amilis nettportal", "Status in Amili's web portal"),
        (
            _c("Active", "Aktiv", "Active"),
            _c("Passive", "Passiv", "Passive"),
        ),
    ),
    "filetype": Table(
        Text("Filtyper", "File types"),
        (
            _c("CSV", "CSV", "CSV"),
            _c("JPG", "JPEG-bilde", "JPEG image"),
            _c("JSON", "JSON", "JSON"),
            _c("PDF", "PDF", "PDF"),
            _c("PNG", "PNG-bilde", "PNG image"),
            _c("TXT", "Tekst", "Text"),
            _c("XLSX", "Excel-regneark", "Excel workbook"),
            _c("XML", "XML", "XML"),
        ),
    ),
    "currency": Table(
        Text("Valutaer", "Currencies"),
        (
            _c("DKK", "Danske kroner", "Danish krone"),
            _c("EUR", "Euro", "Euro"),
            _c("GBP", "Britiske pund", "Pound sterling"),
            _c("NOK", "Norske kroner", "Norwegian krone"),
            _c("SEK", "Svenske kroner", "Swedish krona"),
            _c("USD", "Amerikanske dollar", "US dollar"),
        ),
    ),
    "language": Table(
        Text("Språk", "Languages"),
        (
            _c("da", "Dansk", "Danish"),
            _c("en", "Engelsk", "English"),
            _c("no", "Norsk", "Norwegian"),
            _c("sv", "Svensk", "Swedish"),
        ),
    ),
    "glaccount": Table(
        Text("Hovedbokskontoer", "GL accounts"),
        tuple(_c(number, no, en) for number, (no, en) in ledger.ACCOUNTS.items()),
    ),
}


def code_types() -> list[str]:
    return list(TABLES)


def table(code_type: str, language: str) -> dict[str, Any]:
    """The wire CodeTable, ordered by code."""
    found = TABLES[code_type]
    return {
        "codeType": code_type,
        "description": found.description(language),
        "codes": [c.wire(language) for c in sorted(found.codes, key=lambda c: c.code)],
    }


def find(code_type: str, value: str) -> Code | None:
    folded = value.casefold()
    return next((c for c in TABLES[code_type].codes if c.code.casefold() == folded), None)


def canonical(code_type: str, value: str, on: date | None = None) -> str | None:
    """The table's spelling of `value`, or None when the table lacks it (or it is not valid `on`)."""
    found = find(code_type, value)
    if found is None or (on is not None and not found.valid_on(on)):
        return None
    return found.code
