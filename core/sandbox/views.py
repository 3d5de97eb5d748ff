"""Customers and projects as real Tripletex shows them by default (`fields` absent or `*`): every
field of the recorded bodies, in their order, filled as Tripletex fills them.

Sources (`shared/tripletex/real/`, API-NOTES.md "Real behaviour"):

* the keys and their order: `customer-list-ainm-2026-03-21-e3fd9f40.json` and
  `project-create-201-ainm-2026-03-21-e3fd9f40.json` (the same keys, in the same order, as
  `project-list-customer-expanded-ainm-2026-03-21-c1a2056e.json`);
* filled defaults: `participants` holds the project manager's participation,
  `numberOfProjectParticipants` is 1, `projectActivities` is `[]`, `projectHourlyRates` holds one
  rate (a sub-project's is `[]`: `project-create-subproject-201-tripletexjs-2022.json`, issue
  #34), every customer has `postalAddress`, `physicalAddress` and `ledgerAccount` stubs;
* `hierarchyLevel` is 0 for a top-level project (1 for a sub-project, and so on);
* a customer's `displayName` is `"Name (customerNumber)"`; a project's is `"<number> <name>"`,
  or with `displayNameFormat` `NAME_INCL_PARENT_NAME` (a sub-project) `"<number> <parent name> -
  <name>"`, and its `hierarchyNameAndNumber` is that name after `" . . "` for each level below
  the top (the one recorded sub-project). The other formats are not recorded; they are written
  by analogy (`NAME_INCL_CUSTOMER_NAME`: the customer's name, `NAME_INCL_PARENT_NUMBER`: the
  parent's number, `NAME_INCL_PARENT_NAME_AND_NUMBER`: both, in place of the parent's name);
* `projectManagerNameAndNumber` is the manager's name alone; numbers are whole (`0`, not
  `0.0`); a reference is `{"id", "url"}` with a `url` without a scheme.

Stubs' ids are made from the record's id, so that they stay the same from one answer to the next.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from core.sandbox.data import customer_defaults, project_defaults

CUSTOMER_ORDER = (
    "id", "version", "url", "name", "organizationNumber", "globalLocationNumber",
    "supplierNumber", "customerNumber", "isSupplier", "isCustomer", "isInactive",
    "accountManager", "department", "email", "invoiceEmail", "overdueNoticeEmail", "phoneNumber",
    "phoneNumberMobile", "description", "language", "displayName", "isPrivateIndividual",
    "singleCustomerInvoice", "invoiceSendMethod", "emailAttachmentType", "postalAddress",
    "physicalAddress", "deliveryAddress", "category1", "category2", "category3", "invoicesDueIn",
    "invoicesDueInType", "currency", "bankAccountPresentation", "ledgerAccount", "isFactoring",
    "invoiceSendSMSNotification", "invoiceSMSNotificationNumber",
    "isAutomaticSoftReminderEnabled", "isAutomaticReminderEnabled",
    "isAutomaticNoticeOfDebtCollectionEnabled", "discountPercentage", "website",
)
PROJECT_ORDER = (
    "id", "version", "url", "name", "number", "displayName", "description", "projectManager",
    "department", "mainProject", "startDate", "endDate", "customer", "isClosed",
    "isReadyForInvoicing", "isInternal", "isOffer", "isFixedPrice", "projectCategory",
    "deliveryAddress", "boligmappaAddress", "displayNameFormat", "reference",
    "externalAccountsNumber", "discountPercentage", "vatType", "fixedprice",
    "contributionMarginPercent", "numberOfSubProjects", "numberOfProjectParticipants",
    "orderLines", "currency", "markUpOrderLines", "markUpFeesEarned", "isPriceCeiling",
    "priceCeilingAmount", "projectHourlyRates", "forParticipantsOnly", "participants", "contact",
    "attention", "invoiceComment", "invoicingPlan", "preliminaryInvoice",
    "generalProjectActivitiesPerProjectOnly", "projectActivities", "hierarchyNameAndNumber",
    "invoiceDueDate", "invoiceDueDateType", "invoiceReceiverEmail", "overdueNoticeEmail",
    "accessType", "useProductNetPrice", "ignoreCompanyProductDiscountAgreement", "customerName",
    "hierarchyLevel", "projectManagerNameAndNumber",
    "totalInvoicedOnAccountAmountAbsoluteCurrency", "invoiceOnAccountVatHigh",
    "invoiceReserveTotalAmountCurrency", "accountingDimensionValues",
)
# what Tripletex shows for a field the sandbox does not store (the recorded values)
CUSTOMER_FILL: dict[str, Any] = {
    "globalLocationNumber": 0, "supplierNumber": 0, "isSupplier": False, "deliveryAddress": None,
    "bankAccountPresentation": [], "isFactoring": False, "invoiceSendSMSNotification": False,
    "invoiceSMSNotificationNumber": "", "isAutomaticSoftReminderEnabled": False,
    "isAutomaticReminderEnabled": False, "isAutomaticNoticeOfDebtCollectionEnabled": False,
    "discountPercentage": 0, "website": "",
}
PROJECT_FILL: dict[str, Any] = {
    "isReadyForInvoicing": False, "isOffer": False, "projectCategory": None,
    "deliveryAddress": None, "boligmappaAddress": None, "discountPercentage": 0,
    "fixedprice": 0, "contributionMarginPercent": 0, "orderLines": [], "markUpOrderLines": 0,
    "markUpFeesEarned": 0, "isPriceCeiling": False, "priceCeilingAmount": 0, "contact": None,
    "attention": None, "invoicingPlan": [], "preliminaryInvoice": None,
    "projectActivities": [], "invoiceDueDate": 14, "invoiceDueDateType": "DAYS",
    "invoiceReceiverEmail": "", "overdueNoticeEmail": "", "useProductNetPrice": False,
    "ignoreCompanyProductDiscountAgreement": False,
    "totalInvoicedOnAccountAmountAbsoluteCurrency": 0, "invoiceOnAccountVatHigh": False,
    "invoiceReserveTotalAmountCurrency": 0, "accountingDimensionValues": [],
}
VAT_HIGH = 3  # "Utgående avgift, høy sats", every recorded project's vatType
MANAGER_NAME = "Sandra Sandkasse"
REF_PATHS = {"customer": "customer", "mainProject": "project", "projectManager": "employee",
             "accountManager": "employee", "currency": "currency", "department": "department",
             "postalAddress": "address", "physicalAddress": "address",
             "deliveryAddress": "address", "ledgerAccount": "ledger/account",
             "vatType": "ledger/vatType", "projectCategory": "project/category",
             "category1": "customer/category", "category2": "customer/category",
             "category3": "customer/category"}
# stub ids, made from the record's id (a customer's ids run from 1,000,001, a project's 2,000,001)
_ADDRESS, _LEDGER, _PARTICIPANT, _RATE = 405_000_000, 475_000_000, 15_600_000, 11_090_000
_SEP = " . . "  # hierarchyNameAndNumber, before a sub-project's name, once per level
# a text, number or flag that a data file gives as null shows as Tripletex shows it unset
# ("" for a text, as `organizationNumber` in every recorded body; 0; false): never null
_UNSET = {kind: {k: v for k, v in d.items() if isinstance(v, (str, int, float, bool))}
          for kind, d in (("customer", customer_defaults()), ("project", project_defaults()))}


def stub(base: str, key: str, rid: int) -> dict[str, Any]:
    return {"id": rid, "url": f"{base}/{REF_PATHS.get(key, key)}/{rid}"}


def _ref(base: str, key: str, value: Any) -> Any:
    if isinstance(value, dict) and "id" in value:
        return {**value, "url": f"{base}/{REF_PATHS.get(key, key)}/{value['id']}"}
    return value


def customer_view(base: str, rec: dict[str, Any],
                  only: Collection[str] | None = None) -> dict[str, Any]:
    """A customer as `GET /customer` shows it; `only`: just these keys (a `fields` list)."""
    rid = rec["id"]
    out: dict[str, Any] = {}
    for key in CUSTOMER_ORDER:
        if only is not None and key not in only:
            continue
        if key == "url":
            value: Any = f"{base}/customer/{rid}"
        elif key == "displayName":
            number = rec.get("customerNumber")
            value = f"{rec['name']} ({number})" if number else rec["name"]
        elif key == "isCustomer":
            value = True
        elif key in ("postalAddress", "physicalAddress") and rec.get(key) is None:
            value = stub(base, key, _ADDRESS + 2 * (rid % 10_000_000)
                         + (key == "physicalAddress"))
        elif key == "ledgerAccount" and rec.get(key) is None:
            value = stub(base, key, _LEDGER + rid % 10_000_000)
        elif key in rec:
            value = _ref(base, key, rec[key])
            if value is None:
                value = _UNSET["customer"].get(key)
        else:
            value = CUSTOMER_FILL.get(key)
        out[key] = value
    return _asked_beyond(base, rec, out, only)


def _asked_beyond(base: str, rec: dict[str, Any], out: dict[str, Any],
                  only: Collection[str] | None) -> dict[str, Any]:
    """A stored field that the default output leaves out (`bankAccounts`) when asked by name."""
    if only is not None:
        for key in only:
            if key not in out and key in rec:
                out[key] = _ref(base, key, rec[key])
    return out


class ProjectFacts:
    """What a project's view needs from other records (the store answers)."""

    def __init__(self, get_project: Callable[[int], dict[str, Any] | None],
                 get_customer: Callable[[int], dict[str, Any] | None],
                 sub_projects: Callable[[], dict[int, int]]) -> None:
        self.project, self.customer, self.sub_projects = get_project, get_customer, sub_projects


def display_name(rec: dict[str, Any], facts: ProjectFacts) -> str:
    number = rec.get("number") or ""
    parent_ref, fmt = rec.get("mainProject"), rec.get("displayNameFormat") or "NAME_STANDARD"
    parent = facts.project(parent_ref["id"]) if parent_ref else None
    between = ""
    if parent is not None and fmt == "NAME_INCL_PARENT_NAME":
        between = parent["name"]
    elif parent is not None and fmt == "NAME_INCL_PARENT_NUMBER":
        between = parent.get("number") or ""
    elif parent is not None and fmt == "NAME_INCL_PARENT_NAME_AND_NUMBER":
        between = f"{parent.get('number') or ''} {parent['name']}".strip()
    elif fmt == "NAME_INCL_CUSTOMER_NAME" and rec.get("customer"):
        cust = facts.customer(rec["customer"]["id"])
        between = cust["name"] if cust else ""
    name = f"{between} - {rec['name']}" if between else rec["name"]
    return f"{number} {name}".strip()


def level(rec: dict[str, Any], facts: ProjectFacts) -> int:
    """0 for a top-level project, 1 for its sub-project, and so on."""
    n, cur = 0, rec.get("mainProject")
    while cur and n < 50:
        parent = facts.project(cur["id"])
        if parent is None:
            break
        n += 1
        cur = parent.get("mainProject")
    return n


def project_view(base: str, rec: dict[str, Any], facts: ProjectFacts,
                 only: Collection[str] | None = None) -> dict[str, Any]:
    """A project as `GET /project` shows it; `only`: just these keys (a `fields` list)."""
    rid = rec["id"]
    out: dict[str, Any] = {}
    shown: str | None = None
    for key in PROJECT_ORDER:
        if only is not None and key not in only:
            continue
        if key == "url":
            value: Any = f"{base}/project/{rid}"
        elif key == "displayName":
            shown = shown or display_name(rec, facts)
            value = shown
        elif key == "hierarchyNameAndNumber":
            shown = shown or display_name(rec, facts)
            value = _SEP * level(rec, facts) + shown
        elif key == "hierarchyLevel":
            value = level(rec, facts)
        elif key == "customerName":
            cust = facts.customer(rec["customer"]["id"]) if rec.get("customer") else None
            value = cust["name"] if cust else ""
        elif key == "numberOfSubProjects":
            value = facts.sub_projects().get(rid, 0)
        elif key == "numberOfProjectParticipants":
            value = 1  # the project manager
        elif key == "participants":
            value = [stub(base, "project/participant", _PARTICIPANT + rid % 10_000_000)]
        elif key == "projectHourlyRates":
            value = ([] if rec.get("mainProject")
                     else [stub(base, "project/hourlyRates", _RATE + rid % 10_000_000)])
        elif key == "vatType":
            value = stub(base, key, VAT_HIGH)
        elif key == "projectManagerNameAndNumber":
            value = MANAGER_NAME if rec.get("projectManager") else ""
        elif key in rec:
            value = _ref(base, key, rec[key])
            if value is None:
                value = _UNSET["project"].get(key)
        else:
            value = PROJECT_FILL.get(key)
        out[key] = value
    return _asked_beyond(base, rec, out, only)
