package io.catalog.domain.product;

import io.catalog.domain.product.OptionSet.ChoiceRef;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A product's media items in display order (the first is the main media) and their links to choices. Immutable: an
 * edit answers a new gallery, or throws and changes nothing. At most {@value Product#MAX_MEDIA} items with distinct
 * ids; items are linked only to existing choices, by their stable keys, and only to the choices of one option.
 */
final class MediaGallery {

    static final MediaGallery EMPTY = new MediaGallery(List.of(), Map.of());

    private final List<MediaItem> items;
    /** Media id to the keys of the choices the item is linked to; only linked items are present, never empty. */
    private final Map<String, Set<ChoiceKey>> links;

    private MediaGallery(List<MediaItem> items, Map<String, Set<ChoiceKey>> links) {
        this.items = List.copyOf(items);
        Map<String, Set<ChoiceKey>> cleaned = new LinkedHashMap<>();
        links.forEach((mediaId, keys) -> {
            if (!keys.isEmpty()) {
                cleaned.put(mediaId, new TreeSet<>(keys));
            }
        });
        this.links = cleaned;
    }

    /**
     * The media stored with a product whose options are {@code options}.
     *
     * @throws IllegalArgumentException when they break the gallery's rules
     */
    static MediaGallery stored(List<MediaItem> items, Map<String, Set<ChoiceKey>> links, OptionSet options) {
        if (items.size() > Product.MAX_MEDIA) {
            throw new IllegalArgumentException(items.size() + " media items, more than " + Product.MAX_MEDIA);
        }
        Set<String> ids = new HashSet<>();
        items.forEach(item -> {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("media item " + item.id() + " is stored twice");
            }
        });
        Set<String> linkedOptions = new HashSet<>();
        links.forEach((mediaId, keys) -> {
            if (!ids.contains(mediaId)) {
                throw new IllegalArgumentException("links of unknown media item " + mediaId);
            }
            keys.forEach(key -> linkedOptions.add(options.optionOf(key)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "media item " + mediaId + " is linked to unknown choice " + key))
                    .name()));
        });
        if (linkedOptions.size() > 1) {
            throw new IllegalArgumentException("media are linked to choices of options " + linkedOptions);
        }
        return new MediaGallery(items, links);
    }

    /**
     * This gallery with {@code added} appended in order, each one given a choice linked to it. Errors are reported
     * on {@code media[i]...}; see {@link Product#addMedia}.
     */
    MediaGallery withAdded(List<NewMedia> added, OptionSet options, ProductId product) {
        requireValidRequest(added);
        if (items.size() + added.size() > Product.MAX_MEDIA) {
            throw new RuleViolationException(
                    ErrorCodes.TOO_MANY_MEDIA,
                    "media",
                    "a product can have at most " + Product.MAX_MEDIA + " media items; product " + product + " has "
                            + items.size() + " and " + added.size() + " were sent");
        }
        List<MediaItem> newItems = new ArrayList<>(items);
        Map<String, Set<ChoiceKey>> newLinks = copyOfLinks();
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.id()));
        for (int i = 0; i < added.size(); i++) {
            NewMedia item = added.get(i);
            String path = "media[" + i + "]";
            if (!ids.add(item.item().id())) {
                throw new RuleViolationException(
                        ErrorCodes.MEDIA_ALREADY_ADDED,
                        path + ".mediaId",
                        "product " + product + " already has media item \""
                                + item.item().id() + "\"");
            }
            newItems.add(item.item());
            if (item.linked()) {
                ChoiceRef ref = options.choiceRef(item.option(), item.choice(), path + ".choice");
                requireOneOption(newLinks, ref, options, path + ".choice.option");
                newLinks.computeIfAbsent(item.item().id(), key -> new TreeSet<>())
                        .add(ref.choice().key());
            }
        }
        return new MediaGallery(newItems, newLinks);
    }

    /**
     * The media limits a request breaks by itself, whatever the product holds (HTTP 400): more than
     * {@value Product#MAX_MEDIA} items ({@code TOO_MANY_MEDIA}), or one id listed twice ({@code MEDIA_ALREADY_ADDED}
     * on the second). The same limits reached only with the product's stored media are conflicts (409).
     */
    private static void requireValidRequest(List<NewMedia> added) {
        if (added.size() > Product.MAX_MEDIA) {
            throw new ValidationException(
                    "media",
                    ErrorCodes.TOO_MANY_MEDIA,
                    "must contain at most " + Product.MAX_MEDIA + " items, the most a product can have (was "
                            + added.size() + ")");
        }
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < added.size(); i++) {
            String mediaId = added.get(i).item().id();
            if (!sent.add(mediaId)) {
                throw new ValidationException(
                        "media[" + i + "].mediaId",
                        ErrorCodes.MEDIA_ALREADY_ADDED,
                        "must not repeat an earlier item of the request (\"" + mediaId + "\")");
            }
        }
    }

    /**
     * This gallery without the items with {@code mediaIds}, or without any when the list is empty, and without their
     * links ({@code UNKNOWN_MEDIA} on {@code mediaIds[j]}).
     */
    MediaGallery withRemoved(List<String> mediaIds) {
        Set<String> removed = mediaIds.isEmpty()
                ? new HashSet<>(items.stream().map(MediaItem::id).toList())
                : requireMediaIds(mediaIds, "mediaIds");
        if (removed.isEmpty()) {
            return this;
        }
        Map<String, Set<ChoiceKey>> newLinks = copyOfLinks();
        newLinks.keySet().removeAll(removed);
        return new MediaGallery(
                items.stream().filter(item -> !removed.contains(item.id())).toList(), newLinks);
    }

    /**
     * This gallery holding {@code written}, in that order, and nothing else: an item named by an id the gallery has is
     * kept, with its links to choices, and takes the title, alt text and upload id sent (its URL and type cannot
     * change: {@code NOT_ALLOWED}); any other item is new and needs its {@code url} ({@code REQUIRED}), with the id sent
     * or a generated one. Items left out go, with their links. Errors on {@code media[i]...}: {@code TOO_MANY_MEDIA} on
     * {@code media}, {@code MEDIA_ALREADY_ADDED} on {@code media[i].id} for an id listed twice.
     */
    MediaGallery replacedBy(List<MediaWrite> written) {
        if (written.size() > Product.MAX_MEDIA) {
            throw new ValidationException(
                    "media",
                    ErrorCodes.TOO_MANY_MEDIA,
                    "must contain at most " + Product.MAX_MEDIA + " items (was " + written.size() + ")");
        }
        Map<String, MediaItem> current = new LinkedHashMap<>();
        items.forEach(item -> current.put(item.id(), item));
        List<MediaItem> next = new ArrayList<>(written.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String path = "media[" + i + "]";
            MediaItem item;
            try {
                item = itemOf(written.get(i), current, path);
            } catch (ValidationException e) {
                throw e.nestedIn(path);
            }
            if (!ids.add(item.id())) {
                throw new ValidationException(
                        path + ".id", ErrorCodes.MEDIA_ALREADY_ADDED, "must not repeat an earlier item's id");
            }
            next.add(item);
        }
        Map<String, Set<ChoiceKey>> kept = copyOfLinks();
        kept.keySet().retainAll(ids);
        return new MediaGallery(next, kept);
    }

    private static MediaItem itemOf(MediaWrite write, Map<String, MediaItem> current, String path) {
        String id = write.id() == null ? null : MediaItem.requireMediaId("id", write.id());
        MediaItem existing = id == null ? null : current.get(id);
        if (existing != null) {
            if (write.url() != null && !write.url().strip().equals(existing.url())) {
                throw new ValidationException(
                        "url", ErrorCodes.NOT_ALLOWED, "cannot change: the item has another URL; add a new item");
            }
            if (write.type() != null && write.type() != existing.type()) {
                throw new ValidationException(
                        "mediaType", ErrorCodes.NOT_ALLOWED, "cannot change: the item is " + existing.type());
            }
            return existing.describedAs(write.displayName(), write.altText(), write.uploadId());
        }
        if (write.url() == null) {
            throw new ValidationException(
                    "url", ErrorCodes.REQUIRED, "is required for an item the product does not have yet");
        }
        MediaItem added = MediaItem.ofUrl(write.url(), write.type());
        return new MediaItem(
                id == null ? added.id() : id,
                added.type(),
                added.url(),
                write.displayName(),
                write.altText(),
                write.uploadId());
    }

    /** Whether the gallery has an item with {@code mediaId}. */
    boolean has(String mediaId) {
        return items.stream().anyMatch(item -> item.id().equals(mediaId));
    }

    /** This gallery with existing items linked to more choices; see {@link Product#linkChoiceMedia}. */
    MediaGallery withLinked(List<ChoiceMedia> added, OptionSet options) {
        Map<String, Set<ChoiceKey>> newLinks = copyOfLinks();
        for (int i = 0; i < added.size(); i++) {
            ChoiceMedia link = added.get(i);
            String path = "media[" + i + "]";
            ChoiceRef ref = options.choiceRef(link.option(), link.choice(), path);
            Set<String> ids = requireMediaIds(link.mediaIds(), path + ".mediaIds");
            if (ids.isEmpty()) {
                continue;
            }
            requireOneOption(newLinks, ref, options, path + ".option");
            ids.forEach(mediaId -> newLinks.computeIfAbsent(mediaId, key -> new TreeSet<>())
                    .add(ref.choice().key()));
        }
        return new MediaGallery(items, newLinks);
    }

    /** This gallery with items unlinked from choices; see {@link Product#unlinkChoiceMedia}. */
    MediaGallery withUnlinked(List<ChoiceMedia> removed, OptionSet options) {
        if (removed.isEmpty()) {
            return new MediaGallery(items, Map.of());
        }
        Map<String, Set<ChoiceKey>> newLinks = copyOfLinks();
        for (int i = 0; i < removed.size(); i++) {
            ChoiceMedia link = removed.get(i);
            String path = "media[" + i + "]";
            ChoiceKey key = options.choiceRef(link.option(), link.choice(), path)
                    .choice()
                    .key();
            Set<String> ids = link.mediaIds().isEmpty()
                    ? Set.copyOf(newLinks.keySet())
                    : requireMediaIds(link.mediaIds(), path + ".mediaIds");
            ids.forEach(mediaId -> {
                Set<ChoiceKey> keys = newLinks.get(mediaId);
                if (keys != null) {
                    keys.remove(key);
                }
            });
        }
        return new MediaGallery(items, newLinks);
    }

    /** This gallery without the links to choices that {@code options} no longer have. */
    MediaGallery keepingLinksOf(OptionSet options) {
        Set<ChoiceKey> existing = options.choiceKeys();
        Map<String, Set<ChoiceKey>> kept = copyOfLinks();
        kept.values().forEach(keys -> keys.retainAll(existing));
        return new MediaGallery(items, kept);
    }

    /** Whether the items, in order, are the same as {@code other}'s. */
    boolean sameItemsAs(MediaGallery other) {
        return items.equals(other.items);
    }

    /** Whether the links to choices are the same as {@code other}'s. */
    boolean sameLinksAs(MediaGallery other) {
        return links.equals(other.links);
    }

    /** The media items in display order. */
    List<MediaItem> items() {
        return items;
    }

    /** The keys of the choices the item with {@code mediaId} is linked to, in key order. */
    List<ChoiceKey> linksOf(String mediaId) {
        return links.getOrDefault(mediaId, Set.of()).stream().sorted().toList();
    }

    /** The items linked to the choice with {@code key}, in display order. */
    List<MediaItem> mediaOf(ChoiceKey key) {
        return items.stream()
                .filter(item -> links.getOrDefault(item.id(), Set.of()).contains(key))
                .toList();
    }

    /** The items linked to any of the choices with {@code keys}, in display order. */
    List<MediaItem> mediaOfAny(Set<ChoiceKey> keys) {
        return items.stream()
                .filter(item -> links.getOrDefault(item.id(), Set.of()).stream().anyMatch(keys::contains))
                .toList();
    }

    /** The distinct ids, each checked to name a media item ({@code UNKNOWN_MEDIA} on field[j]). */
    private Set<String> requireMediaIds(List<String> mediaIds, String field) {
        Set<String> known = new HashSet<>(items.stream().map(MediaItem::id).toList());
        Set<String> ids = new LinkedHashSet<>();
        for (int j = 0; j < mediaIds.size(); j++) {
            String mediaId = mediaIds.get(j);
            if (mediaId == null || !known.contains(mediaId.strip())) {
                throw new ValidationException(
                        field + "[" + j + "]",
                        ErrorCodes.UNKNOWN_MEDIA,
                        "\"" + mediaId + "\" is not a media item of this product");
            }
            ids.add(mediaId.strip());
        }
        return ids;
    }

    /** Refuses a link to {@code ref} while choices of another option have media in {@code links}. */
    private static void requireOneOption(
            Map<String, Set<ChoiceKey>> links, ChoiceRef ref, OptionSet options, String field) {
        Set<ChoiceKey> ownKeys = options.choiceKeysOf(ref.optionIndex());
        links.values().stream()
                .flatMap(Set::stream)
                .filter(key -> !ownKeys.contains(key))
                .findFirst()
                .ifPresent(key -> {
                    String other =
                            options.optionOf(key).map(ProductOption::name).orElse("?");
                    throw new RuleViolationException(
                            ErrorCodes.CHOICE_MEDIA_OTHER_OPTION,
                            field,
                            "media can be set on the choices of only one option at a time: choices of option \""
                                    + other + "\" have media; remove it from them before adding media to choices"
                                    + " of option \""
                                    + options.get(ref.optionIndex()).name() + "\"");
                });
    }

    private Map<String, Set<ChoiceKey>> copyOfLinks() {
        Map<String, Set<ChoiceKey>> copy = new LinkedHashMap<>();
        links.forEach((mediaId, keys) -> copy.put(mediaId, new TreeSet<>(keys)));
        return copy;
    }
}
