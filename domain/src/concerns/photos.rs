//! Photos of a concern: the type is taken from the content, never from the
//! file name; every photo is decoded and encoded anew as JPEG, which leaves
//! EXIF and GPS data behind, and gets a thumbnail.
use super::entity::{concern, concern_photo};
use crate::error::{AppError, AppResult, FieldError};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::io::Cursor;
use std::path::{Path, PathBuf};

pub const MAX_PHOTOS: usize = 3;
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Largest picture decoded, in pixels: more than any phone's normal photo
/// (12–50 megapixels), and at most 200 MB while decoding as RGBA.
pub const MAX_MEGAPIXELS: u64 = 50;
/// Megapixels decoded at the same time, across all requests: two phone
/// photos, or one larger picture alone, while the rest wait their turn.
/// Decoding takes about 5 bytes a pixel at its peak (scripts/bench-images:
/// 4 phone photos at once took the server to 251 MB, 2 to 141 MB).
const MEGAPIXELS_AT_ONCE: u32 = 25;
/// Long edge of the stored photo and of its thumbnail, in pixels.
const FULL_EDGE: u32 = 1600;
const THUMB_EDGE: u32 = 320;

/// A photo ready to store: JPEG bytes without metadata.
#[derive(Clone)]
pub struct Processed {
    pub full: Vec<u8>,
    pub thumb: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Checks and converts one uploaded file. The error is a message key.
pub fn process(bytes: &[u8]) -> Result<Processed, &'static str> {
    if bytes.len() > MAX_BYTES {
        return Err("error-photo-too-large");
    }
    let format = image::guess_format(bytes).map_err(|_| "error-photo-type")?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) {
        return Err("error-photo-type");
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    // A small file may claim a gigantic picture (an "image bomb"): the
    // header's size is checked before a single pixel is allocated.
    let mut limits = Limits::default();
    limits.max_image_width = Some(16_000);
    limits.max_image_height = Some(16_000);
    limits.max_alloc = Some(MAX_MEGAPIXELS * 1_000_000 * 4);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| match e {
        image::ImageError::Limits(_) => "error-photo-dimensions",
        _ => "error-photo-corrupt",
    })?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_MEGAPIXELS * 1_000_000 {
        return Err("error-photo-dimensions");
    }
    // Phones store the picture sideways and say so in EXIF; apply it before
    // EXIF is dropped.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| match e {
        image::ImageError::Limits(_) => "error-photo-dimensions",
        _ => "error-photo-corrupt",
    })?;
    picture.apply_orientation(orientation);
    let full = if picture.width().max(picture.height()) > FULL_EDGE { picture.thumbnail(FULL_EDGE, FULL_EDGE) } else { picture };
    let thumb = full.thumbnail(THUMB_EDGE, THUMB_EDGE);
    Ok(Processed { full: jpeg(&full)?, thumb: jpeg(&thumb)?, width: full.width(), height: full.height() })
}

/// The picture's size in megapixels (rounded up) as its header states it,
/// read without decoding; 1 when the header cannot be read ([`process`]
/// then refuses the file).
fn megapixels(bytes: &[u8]) -> u32 {
    let size = image::ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok().and_then(|r| r.into_dimensions().ok());
    size.map_or(1, |(w, h)| u32::try_from((u64::from(w) * u64::from(h)).div_ceil(1_000_000)).unwrap_or(u32::MAX))
}

fn jpeg(picture: &DynamicImage) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 82);
    picture.to_rgb8().write_with_encoder(encoder).map_err(|_| "error-photo-corrupt")?;
    Ok(out)
}

/// Checks every uploaded file (empty file inputs are skipped); errors name
/// the file.
pub async fn process_all(files: Vec<(String, bytes::Bytes)>) -> Result<Vec<Processed>, Vec<FieldError>> {
    let files: Vec<_> = files.into_iter().filter(|(_, b)| !b.is_empty()).collect();
    if files.is_empty() {
        return Ok(Vec::new());
    }
    if files.len() > MAX_PHOTOS {
        return Err(vec![FieldError::new("photos", "error-photo-too-many").with_arg("max", MAX_PHOTOS)]);
    }
    // Decoding is heavy work: off the async threads, each photo waiting
    // until its pixels fit in what is being decoded at once.
    static DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(MEGAPIXELS_AT_ONCE as usize);
    let mut results = Vec::new();
    for (name, bytes) in files {
        let failed = || vec![FieldError::new("photos", "error-photo-corrupt").with_arg("name", "")];
        let _turn = DECODING.acquire_many(megapixels(&bytes).clamp(1, MEGAPIXELS_AT_ONCE)).await.map_err(|_| failed())?;
        let result = tokio::task::spawn_blocking(move || process(&bytes)).await.map_err(|_| failed())?;
        results.push((name, result));
    }
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for (name, result) in results {
        match result {
            Ok(p) => ok.push(p),
            Err("error-photo-dimensions") => {
                errors.push(FieldError::new("photos", "error-photo-dimensions").with_arg("name", name).with_arg("max", MAX_MEGAPIXELS))
            }
            Err(key) => errors.push(FieldError::new("photos", key).with_arg("name", name).with_arg("max", "10 MB")),
        }
    }
    if errors.is_empty() { Ok(ok) } else { Err(errors) }
}

pub fn full_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.jpg"))
}

pub fn thumb_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}-thumb.jpg"))
}

/// Writes the files and their rows. The caller's transaction decides; if it
/// fails, [`remove_files`] takes the files away again.
pub async fn store(db: &impl ConnectionTrait, dir: &Path, concern_id: i32, photos: &[Processed]) -> AppResult<Vec<String>> {
    let keys: Vec<String> = photos.iter().map(|_| crate::tokens::random_token()[..32].to_string()).collect();
    let result = async {
        if !photos.is_empty() {
            tokio::fs::create_dir_all(dir).await.map_err(|e| AppError::Internal(e.to_string()))?;
        }
        for (position, (p, key)) in photos.iter().zip(&keys).enumerate() {
            tokio::fs::write(full_path(dir, key), &p.full).await.map_err(|e| AppError::Internal(e.to_string()))?;
            tokio::fs::write(thumb_path(dir, key), &p.thumb).await.map_err(|e| AppError::Internal(e.to_string()))?;
            concern_photo::ActiveModel {
                concern_id: Set(concern_id),
                position: Set(position as i32),
                file_key: Set(key.clone()),
                width: Set(p.width as i32),
                height: Set(p.height as i32),
                created_at: Set(time::OffsetDateTime::now_utc()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        Ok::<_, AppError>(())
    }
    .await;
    match result {
        Ok(()) => Ok(keys),
        Err(e) => {
            remove_files(dir, &keys).await;
            Err(e)
        }
    }
}

pub async fn remove_files(dir: &Path, keys: &[String]) {
    for key in keys {
        let _ = tokio::fs::remove_file(full_path(dir, key)).await;
        let _ = tokio::fs::remove_file(thumb_path(dir, key)).await;
    }
}

/// File keys of a concern's photos, in the order they were sent.
pub async fn of_concern(db: &impl ConnectionTrait, concern_id: i32) -> AppResult<Vec<(String, i32, i32)>> {
    Ok(concern_photo::Entity::find()
        .filter(concern_photo::Column::ConcernId.eq(concern_id))
        .order_by_asc(concern_photo::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.file_key, p.width, p.height))
        .collect())
}

/// Whether a photo may be shown: its concern is published and not hidden.
pub async fn concern_of(db: &impl ConnectionTrait, key: &str) -> AppResult<Option<concern::Model>> {
    let Some(photo) = concern_photo::Entity::find().filter(concern_photo::Column::FileKey.eq(key)).one(db).await? else {
        return Ok(None);
    };
    Ok(concern::Entity::find_by_id(photo.concern_id).one(db).await?)
}

/// Everyone sees the photos of a published, visible concern; those of a
/// hidden or unconfirmed one only the people who review or handle it:
/// moderators covering its district, its office's staff and admins.
pub async fn may_see(db: &impl ConnectionTrait, c: &concern::Model, viewer: Option<&crate::accounts::SignedIn>) -> AppResult<bool> {
    if c.published && !c.hidden {
        return Ok(true);
    }
    Ok(match viewer {
        Some(u) => {
            u.is_admin
                || u.works_for(c.office_id)
                || crate::access::covers(db, &u.moderates, c.district_id).await?
        }
        None => false,
    })
}

/// A PNG whose header claims `width` × `height` pixels, with almost no
/// data behind it: a few hundred bytes that would need gigabytes (an "image
/// bomb"). For the tests that show such a file is refused.
#[doc(hidden)]
pub fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32fast::hash(&body).to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wide_png() -> Vec<u8> {
        let mut out = Vec::new();
        let picture = DynamicImage::new_rgb8(2400, 1200);
        picture.write_to(&mut Cursor::new(&mut out), ImageFormat::Png).unwrap();
        out
    }

    #[test]
    fn photos_are_scaled_reencoded_and_get_thumbnails() {
        let p = process(&wide_png()).unwrap();
        assert_eq!((p.width, p.height), (1600, 800));
        assert_eq!(image::guess_format(&p.full).unwrap(), ImageFormat::Jpeg);
        let thumb = image::load_from_memory(&p.thumb).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (320, 160));
    }

    #[test]
    fn type_comes_from_the_content() {
        assert_eq!(process(b"<html><script>alert(1)</script></html>").err(), Some("error-photo-type"));
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
        assert_eq!(process(gif).err(), Some("error-photo-type"));
        let mut broken = wide_png();
        broken.truncate(60);
        assert_eq!(process(&broken).err(), Some("error-photo-corrupt"));
        assert_eq!(process(&vec![0xFF; MAX_BYTES + 1]).err(), Some("error-photo-too-large"));
    }

    #[test]
    fn a_huge_picture_in_a_small_file_is_refused_before_decoding() {
        assert_eq!(process(&png_bomb(11_000, 11_000)).err(), Some("error-photo-dimensions"));
        assert_eq!(process(&png_bomb(60_000, 10)).err(), Some("error-photo-dimensions"));
        // 8,000 × 6,000 (48 megapixels) is a real phone's photo: not refused for its size.
        assert_ne!(process(&png_bomb(8_000, 6_000)).err(), Some("error-photo-dimensions"));
    }

    #[test]
    fn decoding_waits_by_the_size_the_header_states() {
        assert_eq!(megapixels(&png_bomb(9_000, 9_000)), 81);
        assert_eq!(megapixels(&wide_png()), 3);
        assert_eq!(megapixels(b"not a picture"), 1);
    }

    #[test]
    fn exif_is_not_carried_over() {
        // A JPEG with an APP1 Exif segment holding a GPS marker.
        let mut jpeg_bytes = Vec::new();
        DynamicImage::new_rgb8(40, 30).write_to(&mut Cursor::new(&mut jpeg_bytes), ImageFormat::Jpeg).unwrap();
        let payload = b"Exif\0\0MM\0*\0\0\0\x08\0\0GPSLatitude 50.97";
        let mut with_exif = vec![0xFF, 0xD8, 0xFF, 0xE1];
        with_exif.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        with_exif.extend_from_slice(payload);
        with_exif.extend_from_slice(&jpeg_bytes[2..]);
        let p = process(&with_exif).unwrap();
        let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
        assert!(find(&with_exif, b"GPSLatitude"));
        assert!(!find(&p.full, b"GPSLatitude") && !find(&p.full, b"Exif"));
    }
}

/// Property tests: whatever bytes arrive as a photo (random, or a real
/// picture with bytes flipped and cut off), processing answers with a photo
/// or a message key, never a panic.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn small(format: ImageFormat) -> Vec<u8> {
        let mut out = Vec::new();
        DynamicImage::new_rgb8(24, 16).write_to(&mut Cursor::new(&mut out), format).unwrap();
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64), ..ProptestConfig::default() })]
        #[test]
        fn random_bytes_are_refused_calmly(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let _ = process(&bytes);
        }

        #[test]
        fn damaged_pictures_are_refused_or_read(
            format in proptest::sample::select(vec![ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP]),
            flips in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..8),
            cut in any::<proptest::sample::Index>(),
        ) {
            let mut bytes = small(format);
            for (at, value) in flips {
                let i = at.index(bytes.len());
                bytes[i] = value;
            }
            let keep = cut.index(bytes.len() + 1).max(8);
            bytes.truncate(keep);
            if let Err(key) = process(&bytes) {
                prop_assert!(key.starts_with("error-photo-"));
            }
        }
    }
}
