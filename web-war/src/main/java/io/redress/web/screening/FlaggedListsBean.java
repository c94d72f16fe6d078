package io.redress.web.screening;

import io.redress.screening.application.FlaggedLists;
import io.redress.screening.domain.Category;
import io.redress.screening.domain.FlaggedAddressView;
import io.redress.screening.domain.FlaggedListReader;
import io.redress.screening.domain.ImportReport;
import io.redress.screening.domain.Severity;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Flagged-address lists: the latest imports with their bad lines, an import of one file (its job's progress bar, polled
 * while it runs, then its report), and who lists an address.
 */
@Named
@ViewScoped
public class FlaggedListsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FlaggedLists lists;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private List<ImportReport> imports;
    private ImportReport last;
    private String source;
    private FlaggedListReader.Format format = FlaggedListReader.Format.OFAC_LINES;
    private Category category;
    private Severity severity;
    private String fileName;
    private String content;
    private String address;
    private List<FlaggedAddressView> listings;

    public void load() {
        imports = lists.imports(actor.get(), null, 50);
    }

    public void importFile() {
        try {
            last = lists.importList(actor.get(), source, format, category, severity,
                    List.of(new FlaggedListReader.ListFile(fileName, null, content == null ? "" : content)));
            Messages.info(faces, "screening.msg.importStarted", last.source(), last.linesRead(), last.badLines());
            content = null;
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("source", "import:source", "format", "import:format",
                    "files[0].name", "import:fileName", "files[0].content", "import:content", "files", "import:content"));
        }
    }

    /** The poll while the last import runs: its report again, and the list once it has completed. */
    public void refresh() {
        if (last == null) {
            return;
        }
        last = lists.importReport(actor.get(), last.id());
        if (last.completed()) {
            Messages.info(faces, "screening.msg.imported", last.source(), last.added(), last.changed(), last.removed(),
                    last.unchanged(), last.badLines());
            load();
        }
    }

    public boolean isRunning() {
        return last != null && !last.completed();
    }

    public void lookUp() {
        try {
            listings = lists.listingsOf(actor.get(), address);
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("address", "lookup:address"));
        }
    }

    public List<ImportReport> getImports() {
        return imports;
    }

    public ImportReport getLast() {
        return last;
    }

    public FlaggedListReader.Format[] getFormats() {
        return FlaggedListReader.Format.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public FlaggedListReader.Format getFormat() {
        return format;
    }

    public void setFormat(FlaggedListReader.Format format) {
        this.format = format;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<FlaggedAddressView> getListings() {
        return listings;
    }
}
