//! Colours: reading `#rgb` and `#rrggbb`, and the WCAG 2 contrast the colour rules measure.

/// The least contrast ratio between text and its background (WCAG 2 level AA, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// A colour in the sRGB space, as `Rgb(red, green, blue)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// White, the text colour on accent-coloured buttons.
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
    /// The accent colour used when none is configured (`--mp-accent`).
    pub const DEFAULT_ACCENT: Rgb = Rgb(0x2f, 0x6b, 0x5e);
    /// The background used when none is configured (`--mp-bg`).
    pub const DEFAULT_BACKGROUND: Rgb = Rgb(0xff, 0xfd, 0xf9);
    /// The body text colour (`--mp-text`).
    pub const TEXT: Rgb = Rgb(0x1f, 0x2a, 0x2e);
    /// The muted text colour (`--mp-muted`), the lightest text the widget draws on its background.
    pub const MUTED_TEXT: Rgb = Rgb(0x4a, 0x55, 0x59);

    /// The colour written as `#rgb` or `#rrggbb` (either case), and nothing else.
    ///
    /// ```
    /// use missing_pieces_domain::config::Rgb;
    /// assert_eq!(Rgb::from_hex("#2F6b5e"), Some(Rgb(0x2f, 0x6b, 0x5e)));
    /// assert_eq!(Rgb::from_hex("#fc0"), Some(Rgb(0xff, 0xcc, 0x00)));
    /// assert_eq!(Rgb::from_hex("teal"), None);
    /// ```
    pub fn from_hex(s: &str) -> Option<Rgb> {
        let digits = s.strip_prefix('#')?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |hex: &str| u8::from_str_radix(hex, 16).ok();
        match digits.len() {
            3 => {
                let short = |i: usize| channel(&digits[i..=i]).map(|v| v * 17);
                Some(Rgb(short(0)?, short(1)?, short(2)?))
            }
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb` in lower case, as CSS and the canonical JSON write it.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The WCAG 2 relative luminance, from 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The WCAG 2 contrast ratio with `other`, from 1 (none) to 21 (black on white).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// `x` to the power 2.4, for `x` from 0 to 1: the fifth root of `x` to the 12th, by Newton's
/// method from `x` squared, which is never below the root. `f64::powf` would bring the whole
/// of a maths library into the widget for this one use.
pub fn pow_2_4(x: f64) -> f64 {
    let x = x.clamp(0.0, 1.0);
    let square = x * x;
    let twelfth = square * square * square * square * square * square;
    let mut root = square;
    for _ in 0..40 {
        if root == 0.0 {
            break;
        }
        let fourth = root * root * root * root;
        root = (4.0 * root + twelfth / fourth) / 5.0;
    }
    root
}
