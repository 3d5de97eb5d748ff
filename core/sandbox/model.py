"""Tripletex's models as the sandbox serves them: property names (from the 2.74.00 spec), the
`fields` filter (`*,customer(id,name),mainProject(*)`), and the projection of an object onto it.

A `fields` value naming a property the model does not have is refused as Tripletex refuses it
(400, code 11000). `changes` is only returned when asked for by name, as in Tripletex.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Spec = dict[str, "Spec | None"]

_P = str.split
CUSTOMER_PROPS = frozenset(_P(
    "id version changes url name organizationNumber globalLocationNumber supplierNumber "
    "customerNumber isSupplier isCustomer isInactive accountManager department email "
    "invoiceEmail overdueNoticeEmail bankAccounts phoneNumber phoneNumberMobile description "
    "language displayName isPrivateIndividual singleCustomerInvoice invoiceSendMethod "
    "emailAttachmentType postalAddress physicalAddress deliveryAddress category1 category2 "
    "category3 invoicesDueIn invoicesDueInType currency bankAccountPresentation ledgerAccount "
    "isFactoring invoiceSendSMSNotification invoiceSMSNotificationNumber "
    "isAutomaticSoftReminderEnabled isAutomaticReminderEnabled "
    "isAutomaticNoticeOfDebtCollectionEnabled discountPercentage website"))
PROJECT_PROPS = frozenset(_P(
    "id version changes url name number displayName description projectManager department "
    "mainProject startDate endDate customer isClosed isReadyForInvoicing isInternal isOffer "
    "isFixedPrice projectCategory deliveryAddress boligmappaAddress displayNameFormat reference "
    "externalAccountsNumber discountPercentage vatType fixedprice contributionMarginPercent "
    "numberOfSubProjects numberOfProjectParticipants orderLines currency markUpOrderLines "
    "markUpFeesEarned isPriceCeiling priceCeilingAmount projectHourlyRates forParticipantsOnly "
    "participants contact attention invoiceComment invoicingPlan preliminaryInvoice "
    "generalProjectActivitiesPerProjectOnly projectActivities hierarchyNameAndNumber "
    "invoiceDueDate invoiceDueDateType invoiceReceiverEmail overdueNoticeEmail accessType "
    "useProductNetPrice ignoreCompanyProductDiscountAgreement customerName hierarchyLevel "
    "projectManagerNameAndNumber totalInvoicedOnAccountAmountAbsoluteCurrency "
    "invoiceOnAccountVatHigh invoiceReserveTotalAmountCurrency accountingDimensionValues"))
EMPLOYEE_PROPS = frozenset(_P(
    "id version changes url firstName lastName displayName employeeNumber dateOfBirth email "
    "phoneNumberMobileCountry phoneNumberMobile phoneNumberHome phoneNumberWork "
    "nationalIdentityNumber dnumber internationalId bankAccountNumber iban bic "
    "creditorBankCountryId usesAbroadPayment userType allowInformationRegistration isContact "
    "isProxy comments address department employments holidayAllowanceEarned employeeCategory "
    "isAuthProjectOverviewURL pictureId companyId vismaConnect2FAactive"))
COMPANY_PROPS = frozenset(_P(
    "id version changes url name displayName startDate endDate organizationNumber email "
    "phoneNumber phoneNumberMobile faxNumber address type currency accountantOrSimilar "
    "companyMigration invoiceShowDeliveryDate"))
CLIENT_PROPS = COMPANY_PROPS | {"customerCompanyId"}
WHOAMI_PROPS = frozenset(_P(
    "employeeId actualEmployeeId employee companyId company language loggedInWithConnect "
    "employeeIsProxy"))
SESSION_PROPS = frozenset(_P(
    "id version changes url consumerToken employeeToken expirationDate token encryptionKey"))

MODELS: dict[str, frozenset[str]] = {
    "customer": CUSTOMER_PROPS, "project": PROJECT_PROPS, "employee": EMPLOYEE_PROPS,
    "company": COMPANY_PROPS, "client": CLIENT_PROPS, "whoami": WHOAMI_PROPS,
    "session": SESSION_PROPS,
}
DTO_NAMES = {"customer": "CustomerDTO", "project": "ProjectDTO", "employee": "EmployeeDTO",
             "company": "CompanyDTO", "client": "ClientDTO", "whoami": "LoggedInUserInfoDTO",
             "session": "SessionTokenDTO"}
# which model a reference property points at (for `customer(name)` style expansion)
REFS: dict[str, dict[str, str]] = {
    "customer": {"accountManager": "employee"},
    "project": {"customer": "customer", "mainProject": "project", "projectManager": "employee"},
    "whoami": {"employee": "employee", "company": "company"},
}
# properties computed from other records, never stored (readOnly in the spec)
COMPUTED = {
    "customer": frozenset({"url", "displayName", "isCustomer", "changes"}),
    "project": frozenset({"url", "displayName", "customerName", "hierarchyLevel",
                          "numberOfSubProjects", "hierarchyNameAndNumber", "changes",
                          "projectManagerNameAndNumber"}),
}


class FieldsError(ValueError):
    """A `fields` value Tripletex would refuse (400, code 11000)."""


def parse_fields(text: str | None) -> Spec | None:
    """`a,b(c,d(*)),*` → {"a": None, "b": {"c": None, "d": {"*": None}}, "*": None}."""
    if text is None or not text.strip():
        return None
    pos = 0

    def level(depth: int) -> Spec:
        nonlocal pos
        out: Spec = {}
        name = ""
        while pos < len(text):
            ch = text[pos]
            pos += 1
            if ch == "(":
                if not name.strip():
                    raise FieldsError(f"Illegal fields filter: '(' without a field name in {text!r}")
                out[name.strip()] = level(depth + 1)
                name = ""
            elif ch == ")":
                if depth == 0:
                    raise FieldsError(f"Illegal fields filter: unbalanced ')' in {text!r}")
                if name.strip():
                    out.setdefault(name.strip(), None)
                return out
            elif ch == ",":
                if name.strip():
                    out.setdefault(name.strip(), None)
                name = ""
            else:
                name += ch
        if depth > 0:
            raise FieldsError(f"Illegal fields filter: unbalanced '(' in {text!r}")
        if name.strip():
            out.setdefault(name.strip(), None)
        return out

    return level(0)


def check_fields(spec: Spec | None, model: str) -> None:
    """Raise FieldsError for a property the model (or a referenced model) does not have."""
    if not spec:
        return
    props = MODELS.get(model)
    if props is None:
        return
    for name, sub in spec.items():
        if name == "*":
            continue
        if name not in props:
            raise FieldsError(
                f"Illegal field in fields filter: {name}. {name} does not match a field in the "
                f"model: {DTO_NAMES[model]}"
            )
        if sub:
            ref = REFS.get(model, {}).get(name)
            if ref:
                check_fields(sub, ref)


Resolve = Callable[[str, int], "dict[str, Any] | None"]


def project_fields(
    obj: dict[str, Any], spec: Spec | None, model: str, resolve: Resolve
) -> dict[str, Any]:
    """`obj` (a full view, references as {id, url}) reduced to `spec`; references named with a
    sub-filter are looked up through `resolve(model, id)` unless only id/url are asked for."""
    if spec is None:
        return {k: v for k, v in obj.items() if k != "changes"}
    out: dict[str, Any] = {}
    if "*" in spec:
        out = {k: v for k, v in obj.items() if k != "changes"}
    refs = REFS.get(model, {})
    props = MODELS.get(model, frozenset())
    for name, sub in spec.items():
        if name == "*":
            continue
        if name not in obj and name not in props:
            continue
        value = obj.get(name)
        if sub is None or value is None:
            out[name] = value
            continue
        if isinstance(value, list):
            out[name] = [project_fields(v, sub, "", resolve) if isinstance(v, dict) else v
                         for v in value]
            continue
        if not isinstance(value, dict):
            out[name] = value
            continue
        ref = refs.get(name)
        full = None
        if ref and not set(sub) <= {"id", "url"} and isinstance(value.get("id"), int):
            full = resolve(ref, value["id"])
        out[name] = project_fields(full or value, sub, ref or "", resolve)
    return out
