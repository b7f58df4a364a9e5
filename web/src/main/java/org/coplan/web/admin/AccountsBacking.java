package org.coplan.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.coplan.security.AccountService;
import org.coplan.security.AccountSummary;
import org.coplan.shared.BusinessException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.web.FormMessages;

/** Backs /admin/accounts.xhtml: an administrator finds accounts, disables one (ending its sessions) or enables it again. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> DISABLE_FIELDS = Set.of("username", "reason");

    @Inject
    transient AccountService accountService;

    private String search;
    private String username;
    private String reason;
    private List<AccountSummary> accounts;

    public List<AccountSummary> getAccounts() {
        if (accounts == null) {
            accounts = accountService.accounts(search);
        }
        return accounts;
    }

    public void find() {
        accounts = null;
    }

    /** Disables the account typed in; keeps what was typed when refused. */
    public void disable() {
        try {
            accountService.disableAccount(username, reason);
        } catch (RecordNotFoundException notFound) {
            FormMessages.refused("disableForm", DISABLE_FIELDS,
                    new BusinessException("username", "There is no account with that user name."));
            return;
        } catch (BusinessException refused) {
            FormMessages.refused("disableForm", DISABLE_FIELDS, refused);
            return;
        }
        FormMessages.done("accounts.disabled");
        username = null;
        reason = null;
        accounts = null;
    }

    public void enable(String name) {
        try {
            accountService.enableAccount(name);
        } catch (RecordNotFoundException | BusinessException refused) {
            FormMessages.refused("accountsForm", Set.of(), new BusinessException(null, "That account could not be enabled."));
            return;
        }
        FormMessages.done("accounts.enabled");
        accounts = null;
    }

    public int getListMax() {
        return AccountService.LIST_MAX;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
